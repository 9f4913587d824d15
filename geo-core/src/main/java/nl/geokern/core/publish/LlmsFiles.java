package nl.geokern.core.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.jsonld.io.AtomicFiles;

/**
 * Writes the files answer engines read instead of the HTML: {@code llms.txt}, {@code llms-full.txt}
 * and a Markdown twin per post and FAQ page ({@link MarkdownTwins}), into the built site's folder.
 *
 * <p>Each file is written atomically (a temporary file in the same folder, then a rename) and only
 * when its bytes change, so a rerun on unchanged content leaves every file, and its modification
 * time, as it was.
 */
public final class LlmsFiles {

  /** The name of the index file at the site root. */
  public static final String LLMS_TXT = "llms.txt";

  /** The name of the full-content file at the site root. */
  public static final String LLMS_FULL_TXT = "llms-full.txt";

  private LlmsFiles() {}

  /**
   * Every file by path relative to the site root: {@code llms.txt} (linking the twins),
   * {@code llms-full.txt}, then the twins.
   */
  public static Map<String, String> render(ContentSet content, Map<BlogPost, String> postSources) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put(LLMS_TXT, LlmsTxt.renderLinkingTwins(content));
    out.put(LLMS_FULL_TXT, LlmsFullTxt.render(content, postSources));
    out.putAll(MarkdownTwins.render(content, postSources));
    return out;
  }

  /**
   * Renders the files of a content set (posts read from their sources under {@code baseDirectory},
   * as {@link SiteMarkdown#readSources} does) and writes them under {@code siteDirectory}.
   *
   * @return how many files there are and how many changed
   * @throws IllegalArgumentException when a page url points outside the site folder (nothing is written)
   * @throws IOException when a post's source cannot be read or a file cannot be written
   */
  public static SiteMarkdown.Written write(ContentSet content, Path baseDirectory, Path siteDirectory)
      throws IOException {
    Map<String, String> files = render(content, SiteMarkdown.readSources(content, baseDirectory));
    Path root = siteDirectory.toAbsolutePath().normalize();
    for (String path : files.keySet()) {
      if (!root.resolve(path).normalize().startsWith(root)) {
        throw new IllegalArgumentException("the page url behind " + path + " leaves the site folder " + root
            + "; a post's url must stay inside the site");
      }
    }
    int changed = 0;
    for (Map.Entry<String, String> e : files.entrySet()) {
      if (AtomicFiles.writeAtomically(siteDirectory.resolve(e.getKey()), e.getValue())) {
        changed++;
      }
    }
    return new SiteMarkdown.Written(files.size(), changed);
  }
}
