package nl.geokern.jsonld.site;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import nl.geokern.core.model.ContentSet;
import nl.geokern.jsonld.graph.GraphOptions;

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
 */
public record EnrichRequest(
    ContentSet content,
    Path siteDirectory,
    GraphOptions graphOptions,
    boolean plainPages,
    int threads,
    Optional<Path> manifest,
    String fingerprint) {

  /** Rejects nulls and fewer than one thread. */
  public EnrichRequest {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(siteDirectory, "siteDirectory");
    Objects.requireNonNull(graphOptions, "graphOptions");
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(fingerprint, "fingerprint");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
  }
}
