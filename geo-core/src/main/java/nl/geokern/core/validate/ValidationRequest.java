package nl.geokern.core.validate;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.load.LoadOptions;

/**
 * One validation run: where the content is, the project's rule configuration, and how to report.
 *
 * @param load where and how the content is read
 * @param rulesFile a {@code geo-rules.yaml}, if the project has one
 * @param referenceDate the date that counts as today (future posts, missing weeks)
 * @param failOn the severity at which the run fails
 * @param projectName the project's name, for reports
 * @param toolVersion geo's version, for reports
 * @param generatedAt the time written into reports (given, so reports are reproducible)
 */
public record ValidationRequest(
    LoadOptions load,
    Optional<Path> rulesFile,
    LocalDate referenceDate,
    Severity failOn,
    String projectName,
    String toolVersion,
    Instant generatedAt) {

  /** Rejects nulls. */
  public ValidationRequest {
    Objects.requireNonNull(load, "load");
    Objects.requireNonNull(rulesFile, "rulesFile");
    Objects.requireNonNull(referenceDate, "referenceDate");
    Objects.requireNonNull(failOn, "failOn");
    Objects.requireNonNull(projectName, "projectName");
    Objects.requireNonNull(toolVersion, "toolVersion");
    Objects.requireNonNull(generatedAt, "generatedAt");
  }
}
