package nl.geokern.core.report;

import java.util.List;
import java.util.Objects;

/**
 * One persona question and the content that answers it, for the coverage matrix.
 *
 * @param id the question's id
 * @param text the question as the persona asks it
 * @param answeredBy labels of the content that answers it, such as {@code post: ai-mkb-snelle-wins}
 *     or {@code faq: snel-starten}; empty when nothing answers it
 */
public record QuestionCoverage(String id, String text, List<String> answeredBy) {

  /** Rejects nulls and copies the list. */
  public QuestionCoverage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    answeredBy = List.copyOf(answeredBy);
  }

  /** Whether at least one post or FAQ item answers the question. */
  public boolean answered() {
    return !answeredBy.isEmpty();
  }
}
