package nl.geokern.core.report;

import java.util.List;
import java.util.Objects;

/**
 * A persona and how well the content answers its questions.
 *
 * @param id the persona's id
 * @param name the persona's display name
 * @param questions the persona's questions in plan order
 */
public record PersonaCoverage(String id, String name, List<QuestionCoverage> questions) {

  /** Rejects nulls and copies the list. */
  public PersonaCoverage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    questions = List.copyOf(questions);
  }

  /** How many of the persona's questions are answered somewhere. */
  public int answeredCount() {
    return (int) questions.stream().filter(QuestionCoverage::answered).count();
  }
}
