package nl.geokern.maven;

import java.io.File;
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
public class CheckHtmlMojo extends AbstractReportingMojo {

  /**
   * The folder of HTML to check.
   *
   * @since 0.1.0
   */
  @Parameter(property = "geo.siteDirectory", defaultValue = "${project.reporting.outputDirectory}")
  File siteDirectory;

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
  File reportDirectory() {
    return reportDirectory;
  }

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
    ValidationReport report = reportBuilder(siteDirectory.getName())
        .findings(HtmlChecker.check(siteDirectory.toPath(), baseDirectory()))
        .build();
    report(report, ConsoleReport.summaryLine(report));
  }
}
