package nl.geokern.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import nl.geokern.core.model.ContentSet;
import nl.geokern.jsonld.io.AtomicFiles;
import nl.geokern.core.publish.LlmsTxt;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Writes {@code llms.txt} (site name, summary, links to every post and the FAQ) into the site folder. */
@Mojo(name = "llms-txt", defaultPhase = LifecyclePhase.POST_SITE, threadSafe = true, requiresProject = false)
public class LlmsTxtMojo extends AbstractGeoMojo {

  /**
   * The generated site's folder; {@code llms.txt} is written at its root.
   *
   * @since 0.1.0
   */
  @Parameter(property = "geo.siteDirectory", defaultValue = "${project.reporting.outputDirectory}")
  File siteDirectory;

  /**
   * Skips this goal.
   *
   * @since 0.1.0
   */
  @Parameter(property = "geo.llms-txt.skip", defaultValue = "false")
  boolean skipLlmsTxt;

  @Override
  boolean skipGoal() {
    return skipLlmsTxt;
  }

  @Override
  void resolvePathsWithoutProject() {
    siteDirectory = withoutProject(siteDirectory);
  }

  @Override
  String goal() {
    return "llms-txt";
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    ContentSet content = loadContentOrFail();
    Path target = siteDirectory.toPath().resolve("llms.txt");
    try {
      boolean changed = AtomicFiles.writeAtomically(target, LlmsTxt.render(content));
      getLog().info("geo:llms-txt: " + (changed ? "wrote " : "unchanged ") + target);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}
