package nl.geokern.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.report.ReportFiles;
import nl.geokern.core.report.ValidationReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** The ending that geo's checking goals share: write the reports, log findings and summary, fail once. */
abstract class AbstractReportingMojo extends AbstractGeoMojo {

  /** Property of the severity that fails the build. */
  static final String FAIL_ON_SEVERITY = "geo.failOnSeverity";

  /**
   * The severity that fails the build: {@code error}, {@code warning} or {@code info}.
   *
   * @since 0.1.0
   */
  @Parameter(property = FAIL_ON_SEVERITY, defaultValue = "error")
  String failOnSeverity;

  /** Where the goal writes its reports. */
  abstract File reportDirectory();

  /** The {@code failOnSeverity} parameter, checked. */
  Severity failOn() throws MojoExecutionException {
    return Severity.parse(failOnSeverity).orElseThrow(() -> new MojoExecutionException(
        "invalid " + FAIL_ON_SEVERITY + " '" + failOnSeverity + "': expected error, warning or info"));
  }

  /** A report of this run: tool version, project name, time, base folder and threshold filled in. */
  ValidationReport.Builder reportBuilder(String projectName) throws MojoExecutionException {
    return ValidationReport.builder()
        .toolVersion(toolVersion())
        .projectName(projectName)
        .generatedAt(Instant.now())
        .basePath(baseDirectory())
        .failOn(failOn());
  }

  /**
   * Logs every finding at its level, writes the JSON, SARIF and HTML reports, logs {@code summary}
   * and where the reports are, and fails once when a finding reaches {@code geo.failOnSeverity}.
   */
  void report(ValidationReport report, String summary) throws MojoExecutionException, MojoFailureException {
    log(report.findings());
    File directory = reportDirectory();
    try {
      ReportFiles.write(report, directory.toPath());
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write the reports to " + directory + ": " + e.getMessage(), e);
    }
    Path html = directory.toPath().resolve(ReportFiles.HTML);
    getLog().info(summary);
    getLog().info("geo:" + goal() + ": reports in " + directory + " (open " + ReportFiles.HTML + ")");
    if (!report.passed()) {
      throw new MojoFailureException("geo:" + goal() + " found findings at or above '" + failOnSeverity
          + "'; fix them (see the lines above or " + html + "), or run with -D" + FAIL_ON_SEVERITY
          + "=… to change the threshold");
    }
  }
}
