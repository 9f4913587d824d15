package nl.geokern.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Date;
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

  /**
   * The date that counts as today for future posts and missing calendar weeks ({@code yyyy-MM-dd}).
   * Defaults to the date of {@code project.build.outputTimestamp} (UTC), so that two builds of one
   * commit report alike; without either, to the day the build started. To check the calendar
   * against the build's own day, set it from {@code maven.build.timestamp} with
   * {@code maven.build.timestamp.format} {@code yyyy-MM-dd}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "geo.referenceDate")
  String referenceDate;

  /** The project's timestamp for reproducible output; it is also the reports' timestamp. */
  @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
  String outputTimestamp;

  /** When the build started: the reports' time only when the project sets no timestamp. */
  @Parameter(defaultValue = "${session.request.startTime}", readonly = true)
  Date buildStart;

  /** Where the goal writes its reports. */
  abstract File reportDirectory();

  /** The {@code failOnSeverity} parameter, checked. */
  Severity failOn() throws MojoExecutionException {
    try {
      return ContentParameters.failOn(failOnSeverity);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  /**
   * The reports' timestamp and today's date, from the project (see {@link BuildTime}); says so
   * when the project sets neither, as the reports then differ from build to build.
   */
  BuildTime buildTime() throws MojoExecutionException {
    BuildTime time;
    try {
      time = BuildTime.of(referenceDate, outputTimestamp, buildStart == null ? new Date(0) : buildStart);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("geo:" + goal() + ": " + e.getMessage(), e);
    }
    if (!time.reproducible()) {
      getLog().info("geo:" + goal() + ": the reports carry the build's start time; set"
          + " project.build.outputTimestamp (or geo.referenceDate) for reports that two builds write alike");
    }
    return time;
  }

  /** A report of this run: tool version, project name, time, base folder and threshold filled in. */
  ValidationReport.Builder reportBuilder(String projectName) throws MojoExecutionException {
    return ValidationReport.builder()
        .toolVersion(toolVersion())
        .projectName(projectName)
        .generatedAt(buildTime().generatedAt())
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
