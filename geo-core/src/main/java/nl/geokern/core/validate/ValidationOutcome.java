package nl.geokern.core.validate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.report.ValidationReport;

/**
 * What a validation run found.
 *
 * @param content the content, when it loaded without errors
 * @param findings every finding of loading, configuration and rules, sorted
 * @param report the report data for the console, JSON, SARIF and HTML writers
 * @param rulesFingerprint identifies the effective rule configuration (for incremental runs)
 */
public record ValidationOutcome(
    Optional<ContentSet> content, List<Finding> findings, ValidationReport report, String rulesFingerprint) {

  /** Rejects nulls and copies the findings. */
  public ValidationOutcome {
    Objects.requireNonNull(content, "content");
    findings = List.copyOf(findings);
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(rulesFingerprint, "rulesFingerprint");
  }

  /** Whether any finding reaches the request's fail-on severity. */
  public boolean failed() {
    return !report.passed();
  }
}
