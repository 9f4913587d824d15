package nl.geokern.core.finding;

import java.util.Comparator;
import java.util.Objects;
import nl.geokern.core.model.SourceSpan;
import nl.geokern.jsonld.validate.JsonLdIssue;

/**
 * One thing a writer or developer should know about their content or markup: where it is, which
 * rule found it, how serious it is, what is wrong and how to fix it.
 *
 * @param ruleId stable id of the rule or check, such as {@code post.length} or {@code load.yaml}
 * @param severity how serious it is
 * @param span where it is
 * @param message what is wrong, naming the field, the bad value and what was expected
 * @param hint how to fix it; empty when the message says it all
 */
public record Finding(String ruleId, Severity severity, SourceSpan span, String message, String hint)
    implements Comparable<Finding> {

  /** Sort order of reports: path, line, column, rule id, then message. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::span)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message);

  /** Rejects nulls and blank ids or messages. */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
    if (ruleId.isBlank() || message.isBlank()) {
      throw new IllegalArgumentException("ruleId and message must not be blank");
    }
  }

  /** A finding of the given severity. */
  public static Finding of(String ruleId, Severity severity, SourceSpan span, String message, String hint) {
    return new Finding(ruleId, severity, span, message, hint);
  }

  /**
   * The finding of an issue geo-jsonld's validator found in a JSON-LD block at {@code span}: the one
   * place where its issues become findings.
   */
  public static Finding of(JsonLdIssue issue, SourceSpan span) {
    Severity severity = switch (issue.severity()) {
      case ERROR -> Severity.ERROR;
      case WARNING -> Severity.WARNING;
      case INFO -> Severity.INFO;
    };
    return new Finding(issue.ruleId(), severity, span, issue.message(), issue.hint());
  }

  /** An error finding. */
  public static Finding error(String ruleId, SourceSpan span, String message, String hint) {
    return new Finding(ruleId, Severity.ERROR, span, message, hint);
  }

  /** A warning finding. */
  public static Finding warning(String ruleId, SourceSpan span, String message, String hint) {
    return new Finding(ruleId, Severity.WARNING, span, message, hint);
  }

  /** An info finding. */
  public static Finding info(String ruleId, SourceSpan span, String message, String hint) {
    return new Finding(ruleId, Severity.INFO, span, message, hint);
  }

  /** The same finding with another severity (severity is configuration, not a fact of the finding). */
  public Finding withSeverity(Severity newSeverity) {
    return new Finding(ruleId, newSeverity, span, message, hint);
  }

  /**
   * The compiler-style line: {@code path:line:col: severity [rule-id] message. Fix: hint}.
   */
  public String toConsoleLine() {
    StringBuilder sb = new StringBuilder();
    sb.append(span).append(": ").append(severity.label()).append(" [").append(ruleId).append("] ");
    sb.append(message);
    if (!hint.isEmpty()) {
      if (!message.endsWith(".") && !message.endsWith("?") && !message.endsWith("!")) {
        sb.append('.');
      }
      sb.append(" Fix: ").append(hint);
    }
    return sb.toString();
  }

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }
}
