package nl.geokern.core.site;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.graph.GraphOptions;

/**
 * What to enrich: the content, the generated site, and how.
 *
 * @param content the loaded content
 * @param siteDirectory the folder of generated HTML
 * @param graphOptions how graphs are built
 * @param plainPages whether pages without content of their own get the site-level nodes
 * @param threads how many pages are processed at once
 * @param manifest where the incremental-run manifest lives, if runs are incremental
 * @param fingerprint identifies the tool version and configuration; a change reprocesses every page
 * @param contentKey identifies the sources the content was loaded from (see
 *     {@code nl.geokern.core.load.SourceFingerprint}), taken before loading; while it stays the same,
 *     a page the manifest records as unchanged is skipped without building its graph. Empty: every
 *     page's graph is built and compared with the recorded one.
 */
public record EnrichRequest(
    ContentSet content,
    Path siteDirectory,
    GraphOptions graphOptions,
    boolean plainPages,
    int threads,
    Optional<Path> manifest,
    String fingerprint,
    Optional<String> contentKey) {

  /** Rejects nulls and fewer than one thread. */
  public EnrichRequest {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(siteDirectory, "siteDirectory");
    Objects.requireNonNull(graphOptions, "graphOptions");
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(contentKey, "contentKey");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
  }
}
