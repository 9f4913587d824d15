package nl.geokern.maven;

import java.io.File;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import nl.geokern.core.graph.GraphOptions;
import nl.geokern.core.report.ValidationReport;
import nl.geokern.core.site.EnrichRequest;
import nl.geokern.core.site.EnrichResult;
import nl.geokern.core.site.SiteEnricher;
import nl.geokern.jsonld.html.PageFailure;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds each page's schema.org graph and injects it into the generated HTML: only geo's own block
 * changes, a second run replaces it, and unchanged pages are skipped. Bind it after the site is
 * generated (maven-site-plugin's {@code site} goal runs in the {@code site} phase; this goal's
 * default phase is {@code post-site}, so build with {@code mvn post-site}: plain {@code mvn site}
 * stops before it). To make {@code mvn site} enough, bind it to the {@code site} phase: the
 * lifecycle's {@code default-site} execution runs first in that phase.
 */
@Mojo(name = "inject", defaultPhase = LifecyclePhase.POST_SITE, threadSafe = true, requiresProject = false)
public class InjectMojo extends AbstractReportingMojo {

  /**
   * The folder of generated HTML.
   *
   * @since 0.1.0
   */
  @Parameter(property = "geo.siteDirectory", defaultValue = "${project.reporting.outputDirectory}")
  File siteDirectory;

  /**
   * The time zone in which dates without a time ({@code datePublished: 2026-01-05}) are read.
   *
   * @since 0.1.0
   */
  @Parameter(property = "geo.timeZone", defaultValue = "UTC")
  String timeZone;

  /**
   * Whether pages without content of their own get the site-level nodes (WebSite, organisation, WebPage).
   *
   * @since 0.1.0
   */
  @Parameter(property = "geo.plainPages", defaultValue = "true")
  boolean plainPages;

  /**
   * How many pages are processed at once: 1 to 256, or 0 for one per processor.
   *
   * @since 0.1.0
   */
  @Parameter(property = "geo.threads", defaultValue = "0")
  int threads;

  /**
   * The manifest that lets a second run skip unchanged pages. It records every folder and page of the
   * site with its modification time, and a key of the content and the geo jars. A folder whose time is
   * as recorded is not listed, and a page whose size and time are as recorded is not read; while the
   * key is the same, its graph is not built again either. No other process should write to the site while
   * {@code inject} runs. Delete the file (or run {@code mvn clean}) to process every page again.
   *
   * @since 0.1.0
   */
  @Parameter(property = "geo.manifest", defaultValue = "${project.build.directory}/geo/inject-manifest.tsv")
  File manifest;

  /**
   * Where the report of the run (conflicts with hand-written JSON-LD, page warnings) is written.
   *
   * @since 0.1.0
   */
  @Parameter(property = "geo.injectReportDirectory", defaultValue = "${project.build.directory}/geo/inject")
  File reportDirectory;

  /**
   * Skips this goal.
   *
   * @since 0.1.0
   */
  @Parameter(property = "geo.inject.skip", defaultValue = "false")
  boolean skipInject;

  @Override
  File reportDirectory() {
    return reportDirectory;
  }

  @Override
  boolean skipGoal() {
    return skipInject;
  }

  @Override
  void resolvePathsWithoutProject() {
    siteDirectory = withoutProject(siteDirectory);
    manifest = withoutProject(manifest);
    reportDirectory = withoutProject(reportDirectory);
  }

  @Override
  String goal() {
    return "inject";
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    if (!siteDirectory.isDirectory()) {
      throw new MojoFailureException("geo:inject: the site folder " + siteDirectory + " does not exist; generate the"
          + " site first (e.g. mvn site), or point -Dgeo.siteDirectory at the folder of HTML");
    }
    ValidationReport.Builder report = reportBuilder(siteDirectory.getName());
    EnrichRequest.Loaded loaded;
    try {
      loaded = EnrichRequest.load(loadOptions(), siteDirectory.toPath(), new GraphOptions(zone()), plainPages, threads,
          Optional.of(manifest.toPath()), toolVersion());
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("geo:inject: " + e.getMessage(), e);
    }
    contentOrFail(loaded.load());
    EnrichResult result = SiteEnricher.run(loaded.request().orElseThrow());
    for (String url : result.missingPages()) {
      getLog().warn("geo:inject: no page " + url + " under " + siteDirectory + "; its graph was not injected");
    }
    for (PageFailure f : result.injection().failures()) {
      getLog().error("geo:inject: " + f.message());
    }
    report(report.findings(result.findings()).build(), "geo:inject: "
        + result.summary() + " in " + siteDirectory + " (" + result.injection().manifestStatus() + ")");
    if (result.injection().failed() > 0) {
      throw new MojoFailureException("geo:inject: " + result.injection().failed() + " page(s) failed; see the errors"
          + " above. Other pages were written whole; failed pages were left as they were.");
    }
  }

  private ZoneId zone() throws MojoExecutionException {
    try {
      return ZoneId.of(timeZone);
    } catch (DateTimeException e) {
      throw new MojoExecutionException("invalid geo.timeZone '" + timeZone + "': expected a zone such as"
          + " Europe/Amsterdam or UTC", e);
    }
  }
}
