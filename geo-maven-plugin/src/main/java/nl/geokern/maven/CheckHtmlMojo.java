package nl.geokern.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.report.ConsoleReport;
import nl.geokern.core.report.ValidationReport;
import nl.geokern.core.site.HtmlChecker;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Reads the JSON-LD already present in a folder of HTML (from any generator) and checks it: JSON
 * syntax, the schema.org vocabulary, Google's profiles, one FAQPage per page, and FAQ markup that the
 * page shows. Writes the same reports as {@code validate}.
 */
@Mojo(name = "check-html", threadSafe = true, requiresProject = false)
public class CheckHtmlMojo extends AbstractGeoMojo {

  /**
   * The folder of HTML to check.
   *
   * @since 0.1.0
   */
  @Parameter(property = "geo.siteDirectory", defaultValue = "${project.reporting.outputDirectory}")
  File siteDirectory;

  /**
   * The severity that fails the build: {@code error}, {@code warning} or {@code info}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "geo.failOnSeverity", defaultValue = "error")
  String failOnSeverity;

  /**
   * Where the reports are written.
   *
   * @since 0.1.0
   */
  @Parameter(property = "geo.reportDirectory", defaultValue = "${project.build.directory}/geo/check-html")
  File reportDirectory;

  /**
   * Skips this goal.
   *
   * @since 0.1.0
   */
  @Parameter(property = "geo.check-html.skip", defaultValue = "false")
  boolean skipCheck;

  @Override
  boolean skipGoal() {
    return skipCheck;
  }

  @Override
  void resolvePathsWithoutProject() {
    siteDirectory = withoutProject(siteDirectory);
    reportDirectory = withoutProject(reportDirectory);
  }

  @Override
  String goal() {
    return "check-html";
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    if (!siteDirectory.isDirectory()) {
      throw new MojoFailureException("geo:check-html: the folder " + siteDirectory + " does not exist; point"
          + " -Dgeo.siteDirectory at a folder of HTML");
    }
    Severity failOn = severity(failOnSeverity, "geo.failOnSeverity");
    List<Finding> findings = HtmlChecker.check(siteDirectory.toPath(), baseDirectory());
    log(findings);
    ValidationReport report = ValidationReport.builder()
        .toolVersion(toolVersion())
        .projectName(siteDirectory.getName())
        .generatedAt(Instant.now())
        .basePath(baseDirectory())
        .failOn(failOn)
        .findings(findings)
        .build();
    Path html = writeReports(report, reportDirectory);
    getLog().info(ConsoleReport.summaryLine(report));
    getLog().info("geo:check-html: reports in " + reportDirectory + " (open " + html.getFileName() + ")");
    if (!report.passed()) {
      throw new MojoFailureException("geo:check-html found findings at or above '" + failOnSeverity
          + "' in " + siteDirectory + "; see the lines above or " + html);
    }
  }
}
