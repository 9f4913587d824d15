package nl.geokern.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.load.ContentLoader;
import nl.geokern.core.load.LoadOptions;
import nl.geokern.core.load.LoadResult;
import nl.geokern.core.model.ContentSet;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** Parameters and logging shared by geo's goals; no content logic lives here. */
abstract class AbstractGeoMojo extends AbstractMojo {

  /** Property that skips every geo goal. */
  static final String SKIP = "geo.skip";

  /**
   * Skips every geo goal.
   *
   * @since 0.1.0
   */
  @Parameter(property = SKIP, defaultValue = "false")
  boolean skip;

  /**
   * The content directory: {@code site.yaml}, {@code personas.yaml}, {@code clusters.yaml},
   * {@code calendar.yaml}, {@code faq.yaml} and, unless {@code postsDirectory} says otherwise, {@code blog/}.
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
   * The project folder; paths in findings are shown relative to it.
   *
   * @since 0.1.0
   */
  @Parameter(defaultValue = "${project.basedir}", readonly = true)
  File baseDirectory;

  @Parameter(defaultValue = "${plugin.version}", readonly = true)
  String pluginVersion;

  /** The folder Maven was started in: the base folder when a goal runs without a project. */
  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
  String executionRootDirectory;

  /**
   * The folder paths in findings are shown relative to: the project folder, or, when a goal runs
   * without a project ({@code requiresProject = false}), where Maven was started.
   */
  Path baseDirectory() {
    if (baseDirectory != null) {
      return baseDirectory.toPath();
    }
    return Path.of(executionRootDirectory == null ? "" : executionRootDirectory).toAbsolutePath();
  }

  /** The goal's own skip flag. */
  abstract boolean skipGoal();

  /** The goal's name, for log lines. */
  abstract String goal();

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("geo:" + goal() + " skipped (" + SKIP + "=true)");
      return;
    }
    if (skipGoal()) {
      getLog().info("geo:" + goal() + " skipped (geo." + goal() + ".skip=true)");
      return;
    }
    if (baseDirectory == null) {
      contentDirectory = withoutProject(contentDirectory);
      postsDirectory = withoutProject(postsDirectory);
      resolvePathsWithoutProject();
    }
    run();
  }

  /**
   * Without a project, Maven leaves {@code ${project.basedir}} in default paths unresolved (giving
   * {@code <cwd>/${project.basedir}/target/...}); such a path is taken relative to where Maven was
   * started instead, so a project-less run never creates a folder named {@code ${project.basedir}}.
   */
  File withoutProject(File path) {
    if (path == null) {
      return null;
    }
    String text = path.getPath();
    String unresolved = "${project.basedir}";
    int at = text.indexOf(unresolved);
    if (at < 0) {
      return path;
    }
    String rest = text.substring(at + unresolved.length()).replaceFirst("^[/\\\\]+", "");
    return baseDirectory().resolve(rest).toFile();
  }

  /** Applies {@link #withoutProject(File)} to the goal's own path parameters. */
  void resolvePathsWithoutProject() {}

  /** The goal's work. */
  abstract void run() throws MojoExecutionException, MojoFailureException;

  /** Where and how content is read, from the parameters. */
  LoadOptions loadOptions() {
    return ContentParameters.loadOptions(contentDirectory, postsDirectory, faqHeadings, baseDirectory());
  }

  /**
   * Loads the content; logs the findings and fails the build when it has errors, so no goal writes
   * anything from invalid content.
   */
  ContentSet loadContentOrFail() throws MojoFailureException {
    return contentOrFail(ContentLoader.load(loadOptions()));
  }

  /** Logs the findings of loading; fails the build when the content has errors. */
  ContentSet contentOrFail(LoadResult result) throws MojoFailureException {
    log(result.findings());
    Optional<ContentSet> content = result.content();
    if (content.isEmpty()) {
      long errors = result.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
      throw new MojoFailureException("geo:" + goal() + ": the content in " + contentDirectory + " has " + errors
          + " error(s); nothing was written. Fix the findings above, then run the build again.");
    }
    return content.get();
  }

  /** The plugin's version for the reports, or {@code unknown}. */
  String toolVersion() {
    return pluginVersion == null ? "unknown" : pluginVersion;
  }

  /** Logs each finding, compiler-style, at its level. */
  void log(List<Finding> findings) {
    for (Finding f : findings) {
      String line = f.toConsoleLine();
      switch (f.severity()) {
        case ERROR -> getLog().error(line);
        case WARNING -> getLog().warn(line);
        default -> getLog().info(line);
      }
    }
  }
}
