package nl.geokern.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import nl.geokern.jsonld.io.AtomicFiles;
import nl.geokern.core.report.ConsoleReport;
import nl.geokern.core.report.HtmlReport;
import nl.geokern.core.report.ValidationReport;
import nl.geokern.core.validate.ContentValidation;
import nl.geokern.core.validate.ValidationRequest;
import org.apache.maven.doxia.markup.HtmlMarkup;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.impl.SinkEventAttributeSet;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The content report as a page of the Maven site, listed under "Project Reports": findings,
 * persona question coverage, the calendar and the charts of {@code validate}'s HTML report, from
 * the same validation and the same renderer, in the site's skin. Add the plugin to the POM's
 * {@code <reporting>} section; {@code mvn site} runs it. It never fails the build: {@code validate}
 * does that. The report's own style sheet, scoped to it, is written next to the page as
 * {@value #STYLE_SHEET} and linked from the page's head.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

  /** The report's style sheet, relative to the site folder. */
  static final String STYLE_SHEET = "css/geo-report.css";

  /**
   * Skips every geo goal.
   *
   * @since 0.1.0
   */
  @Parameter(property = AbstractGeoMojo.SKIP, defaultValue = "false")
  boolean skip;

  /**
   * Skips this report.
   *
   * @since 0.1.0
   */
  @Parameter(property = "geo.report.skip", defaultValue = "false")
  boolean skipReport;

  /**
   * The content directory, as for {@code validate}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "geo.contentDirectory", defaultValue = "${project.basedir}/content")
  File contentDirectory;

  /**
   * The folder of Markdown posts; defaults to {@code blog} inside the content directory.
   *
   * @since 0.1.0
   */
  @Parameter(property = "geo.postsDirectory")
  File postsDirectory;

  /**
   * Headings that open a post's FAQ section, compared without case.
   *
   * @since 0.1.0
   */
  @Parameter(property = "geo.faqHeadings", defaultValue = "Veelgestelde vragen,FAQ,Vragen en antwoorden,Frequently asked questions")
  List<String> faqHeadings;

  /**
   * The rule configuration ({@code geo-rules.yaml}); the default file is optional.
   *
   * @since 0.1.0
   */
  @Parameter(property = "geo.rulesFile", defaultValue = "${project.basedir}/geo-rules.yaml")
  File rulesFile;

  /**
   * The date that counts as today ({@code yyyy-MM-dd}); defaults as for {@code validate}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "geo.referenceDate")
  String referenceDate;

  /**
   * The severity from which the report's badge says "failed": {@code error}, {@code warning} or {@code info}.
   *
   * @since 0.1.0
   */
  @Parameter(property = AbstractReportingMojo.FAIL_ON_SEVERITY, defaultValue = "error")
  String failOnSeverity;

  @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
  String outputTimestamp;

  @Parameter(defaultValue = "${session.request.startTime}", readonly = true)
  Date buildStart;

  @Parameter(defaultValue = "${plugin.version}", readonly = true)
  String pluginVersion;

  /** The page's path in the site, without {@code .html}. */
  @Override
  public String getOutputPath() {
    return "geo-report";
  }

  /**
   * The same as {@link #getOutputPath()}, for callers of the older reporting API.
   *
   * @deprecated use {@link #getOutputPath()}
   */
  @Deprecated
  @Override
  public String getOutputName() {
    return getOutputPath();
  }

  /** The report's name in the site's menu and on its "Project Reports" page. */
  @Override
  public String getName(Locale locale) {
    return "geo content report";
  }

  /** The report's one-line description on the site's "Project Reports" page. */
  @Override
  public String getDescription(Locale locale) {
    return "Editorial findings, persona question coverage, the content calendar and charts of the"
        + " site's content, checked by geo.";
  }

  /** Whether there is content to report on and the report is not skipped (it then says why). */
  @Override
  public boolean canGenerateReport() {
    if (skip || skipReport) {
      getLog().info("geo:report skipped (" + (skip ? AbstractGeoMojo.SKIP : "geo.report.skip") + "=true)");
      return false;
    }
    if (!contentDirectory.isDirectory()) {
      getLog().info("geo:report skipped: no content directory " + contentDirectory + " (set geo.contentDirectory)");
      return false;
    }
    return true;
  }

  @Override
  protected void executeReport(Locale locale) throws MavenReportException {
    ValidationReport report;
    try {
      BuildTime time = BuildTime.of(referenceDate, outputTimestamp, buildStart == null ? new Date(0) : buildStart);
      report = ContentValidation.run(new ValidationRequest(
          ContentParameters.loadOptions(contentDirectory, postsDirectory, faqHeadings, project.getBasedir().toPath()),
          ContentParameters.rulesFile(rulesFile, project.getBasedir().toPath()),
          time.referenceDate(),
          ContentParameters.failOn(failOnSeverity),
          project.getName() == null ? project.getArtifactId() : project.getName(),
          pluginVersion == null ? "unknown" : pluginVersion,
          time.generatedAt())).report();
    } catch (IllegalArgumentException e) {
      throw new MavenReportException("geo:report: " + e.getMessage(), e);
    }
    getLog().info(ConsoleReport.summaryLine(report));
    Path styleSheet = getReportOutputDirectory().toPath().resolve(STYLE_SHEET);
    try {
      AtomicFiles.writeAtomically(styleSheet, HtmlReport.fragmentStyle());
    } catch (IOException e) {
      throw new MavenReportException("geo:report: cannot write " + styleSheet + ": " + e.getMessage(), e);
    }
    Sink sink = getSink();
    sink.head();
    sink.title();
    sink.text(getName(locale) + ": " + report.projectName());
    sink.title_();
    SinkEventAttributeSet link = new SinkEventAttributeSet();
    link.addAttribute("rel", "stylesheet");
    link.addAttribute("href", STYLE_SHEET);
    sink.unknown("link", new Object[] {HtmlMarkup.TAG_TYPE_SIMPLE}, link);
    sink.head_();
    sink.body();
    sink.rawText(HtmlReport.fragment(report));
    sink.body_();
  }
}
