package nl.geokern.core.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.geokern.core.finding.Finding;

/**
 * What answerability found: a result per question, the shares for a chart, and the findings.
 *
 * @param results one per question, persona questions first (see {@link Questions#of})
 * @param summary the shares over all questions
 * @param findings {@code geo.answerability} and {@code geo.cannibalisation} findings at their default
 *     severity (warning), sorted
 */
public record AnswerabilityResult(List<QuestionResult> results, AnswerabilitySummary summary, List<Finding> findings) {

  /** Rejects nulls, copies the results and sorts a copy of the findings. */
  public AnswerabilityResult {
    results = List.copyOf(results);
    Objects.requireNonNull(summary, "summary");
    findings = findings.stream().sorted().toList();
  }

  /** The persona questions' results by persona id, personas and questions in file order. */
  public Map<String, List<QuestionResult>> byPersona() {
    Map<String, List<QuestionResult>> out = new LinkedHashMap<>();
    for (QuestionResult r : results) {
      r.question().persona().ifPresent(p -> out.computeIfAbsent(p, k -> new ArrayList<>()).add(r));
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return out;
  }

  /** The results of one kind of question, in order. */
  public List<QuestionResult> of(QuestionKind kind) {
    return results.stream().filter(r -> r.question().kind() == kind).toList();
  }
}
