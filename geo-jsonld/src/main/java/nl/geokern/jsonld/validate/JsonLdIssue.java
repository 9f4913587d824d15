package nl.geokern.jsonld.validate;

import java.util.Locale;
import java.util.Objects;

/**
 * One problem the validator found in a JSON-LD document: which check found it, how serious it is,
 * what is wrong and how to fix it. Where the document sits (a page and line) is the caller's to
 * add; the message names the node (its type and {@code @id}) inside the document.
 *
 * @param ruleId stable id of the check, such as {@code jsonld.unknown-property}
 * @param severity how serious it is
 * @param message what is wrong, naming the node, the term and what was expected
 * @param hint how to fix it; empty when the message says it all
 */
public record JsonLdIssue(String ruleId, Severity severity, String message, String hint) {

  /** How serious an issue is. */
  public enum Severity {
    /** Worth knowing, such as a reference to another document. */
    INFO,
    /** Should be fixed, such as a missing recommended property. */
    WARNING,
    /** Must be fixed: the markup is wrong or a rich result cannot show. */
    ERROR;

    /** The lower-case name: {@code error}, {@code warning} or {@code info}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Rejects nulls and a blank rule id or message. */
  public JsonLdIssue {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
    if (ruleId.isBlank() || message.isBlank()) {
      throw new IllegalArgumentException("ruleId and message must not be blank");
    }
  }

  /** An error. */
  public static JsonLdIssue error(String ruleId, String message, String hint) {
    return new JsonLdIssue(ruleId, Severity.ERROR, message, hint);
  }

  /** A warning. */
  public static JsonLdIssue warning(String ruleId, String message, String hint) {
    return new JsonLdIssue(ruleId, Severity.WARNING, message, hint);
  }

  /** An info. */
  public static JsonLdIssue info(String ruleId, String message, String hint) {
    return new JsonLdIssue(ruleId, Severity.INFO, message, hint);
  }

  /** The issue as one line: {@code severity [rule-id] message Fix: hint}. */
  @Override
  public String toString() {
    return severity.label() + " [" + ruleId + "] " + message + (hint.isEmpty() ? "" : " Fix: " + hint);
  }
}
