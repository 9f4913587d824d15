package nl.geokern.maven;

import java.io.File;
import nl.geokern.core.report.ConsoleReport;
import nl.geokern.core.report.ValidationReport;
import nl.geokern.core.validate.ContentValidation;
import nl.geokern.core.validate.ValidationRequest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Loads the content, runs the editorial rules, writes the JSON, SARIF and HTML reports, logs every
 * finding compiler-style and fails the build once at the end when a finding reaches
 * {@code geo.failOnSeverity}.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = false)
public class ValidateMojo extends AbstractReportingMojo {

  /**
   * The rule configuration ({@code geo-rules.yaml}). The default file is optional; a file named
   * here must exist.
   *
   * @since 0.1.0
   */
  @Parameter(property = "geo.rulesFile", defaultValue = "${project.basedir}/geo-rules.yaml")
  File rulesFile;

  /**
   * Where the reports are written.
   *
   * @since 0.1.0
   */
  @Parameter(property = "geo.reportDirectory", defaultValue = "${project.build.directory}/geo")
  File reportDirectory;

  /**
   * Skips this goal.
   *
   * @since 0.1.0
   */
  @Parameter(property = "geo.validate.skip", defaultValue = "false")
  boolean skipValidate;

  @Parameter(defaultValue = "${project.name}", readonly = true)
  String projectName;

  @Override
  File reportDirectory() {
    return reportDirectory;
  }

  @Override
  boolean skipGoal() {
    return skipValidate;
  }

  @Override
  void resolvePathsWithoutProject() {
    rulesFile = withoutProject(rulesFile);
    reportDirectory = withoutProject(reportDirectory);
  }

  @Override
  String goal() {
    return "validate";
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    BuildTime time = buildTime();
    ValidationRequest request = new ValidationRequest(
        loadOptions(),
        ContentParameters.rulesFile(rulesFile, baseDirectory()),
        time.referenceDate(),
        failOn(),
        projectName == null || baseDirectory == null ? String.valueOf(baseDirectory().getFileName()) : projectName,
        toolVersion(),
        time.generatedAt());
    ValidationReport report = ContentValidation.run(request).report();
    report(report, ConsoleReport.summaryLine(report));
  }
}
