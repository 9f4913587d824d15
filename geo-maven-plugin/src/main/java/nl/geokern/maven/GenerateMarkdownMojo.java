package nl.geokern.maven;

import java.io.File;
import java.io.IOException;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.publish.SiteMarkdown;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the Markdown a site generator renders from the one source of each text: the FAQ page from
 * {@code faq.yaml}, and each post with its front matter reduced to the page metadata and its
 * referenced FAQ items appended. maven-site-plugin renders {@code target/generated-site/markdown}
 * next to {@code src/site/markdown}.
 */
@Mojo(name = "generate-markdown", defaultPhase = LifecyclePhase.PRE_SITE, threadSafe = true, requiresProject = false)
public class GenerateMarkdownMojo extends AbstractGeoMojo {

  /**
   * Where the Markdown is written.
   *
   * @since 0.1.0
   */
  @Parameter(property = "geo.markdownDirectory", defaultValue = "${project.build.directory}/generated-site/markdown")
  File markdownDirectory;

  /**
   * Skips this goal.
   *
   * @since 0.1.0
   */
  @Parameter(property = "geo.generate-markdown.skip", defaultValue = "false")
  boolean skipGenerate;

  @Override
  boolean skipGoal() {
    return skipGenerate;
  }

  @Override
  void resolvePathsWithoutProject() {
    markdownDirectory = withoutProject(markdownDirectory);
  }

  @Override
  String goal() {
    return "generate-markdown";
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    ContentSet content = loadContentOrFail();
    try {
      SiteMarkdown.Written written = SiteMarkdown.write(content, baseDirectory(), markdownDirectory.toPath());
      getLog().info("geo:generate-markdown: " + written.files() + " pages in " + markdownDirectory + " ("
          + written.changed() + " changed)");
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write Markdown to " + markdownDirectory + ": " + e.getMessage(), e);
    }
  }
}
