package nl.geokern.core.site;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import nl.geokern.core.graph.GraphOptions;
import nl.geokern.core.load.ContentLoader;
import nl.geokern.core.load.LoadOptions;
import nl.geokern.core.load.LoadResult;
import nl.geokern.core.load.SourceFingerprint;
import nl.geokern.core.model.ContentSet;

/**
 * What to enrich: the content, the generated site, and how. {@link #load} builds one from plain
 * values, the way {@code geo:inject} does.
 *
 * @param content the loaded content
 * @param siteDirectory the folder of generated HTML
 * @param graphOptions how graphs are built
 * @param plainPages whether pages without content of their own get the site-level nodes
 * @param threads how many pages are processed at once: 1 to {@value #MAX_THREADS}, or 0 for one per
 *     processor (the record then holds that number)
 * @param manifest where the incremental-run manifest lives, if runs are incremental
 * @param toolVersion the version of the tool that enriches, part of the {@link #fingerprint()}
 * @param contentKey identifies the sources the content was loaded from (see {@link SourceFingerprint}),
 *     taken before loading; while it stays the same, a page the manifest records as unchanged is
 *     skipped without building its graph. Empty: every page's graph is built and compared with the
 *     recorded one.
 */
public record EnrichRequest(
    ContentSet content,
    Path siteDirectory,
    GraphOptions graphOptions,
    boolean plainPages,
    int threads,
    Optional<Path> manifest,
    String toolVersion,
    Optional<String> contentKey) {

  /** The most pages processed at once. */
  public static final int MAX_THREADS = 256;

  /** Rejects nulls and a thread count out of range; 0 threads becomes one per processor. */
  public EnrichRequest {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(siteDirectory, "siteDirectory");
    Objects.requireNonNull(graphOptions, "graphOptions");
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(toolVersion, "toolVersion");
    Objects.requireNonNull(contentKey, "contentKey");
    threads = threadCount(threads);
  }

  /**
   * Takes the content's key, loads the content and builds the request when the content has no
   * errors.
   *
   * @param source where and how the content is read
   * @param siteDirectory the folder of generated HTML
   * @param graphOptions how graphs are built
   * @param plainPages whether pages without content of their own get the site-level nodes
   * @param threads 1 to {@value #MAX_THREADS} pages at once, or 0 for one per processor
   * @param manifest where the incremental-run manifest lives, if runs are incremental
   * @param toolVersion the version of the calling tool
   * @throws IllegalArgumentException if {@code threads} is out of range; nothing is loaded then
   */
  public static Loaded load(LoadOptions source, Path siteDirectory, GraphOptions graphOptions, boolean plainPages,
      int threads, Optional<Path> manifest, String toolVersion) {
    threadCount(threads);
    // taken before loading, so that a file edited meanwhile shows as new content on the next run
    Optional<String> contentKey = SourceFingerprint.of(source);
    LoadResult result = ContentLoader.load(source);
    return new Loaded(result, result.content().map(content -> new EnrichRequest(content, siteDirectory,
        graphOptions, plainPages, threads, manifest, toolVersion, contentKey)));
  }

  /**
   * The content loaded for a request, and the request when the content has no errors.
   *
   * @param load the content and every finding of loading it
   * @param request the request, empty when the content has errors
   */
  public record Loaded(LoadResult load, Optional<EnrichRequest> request) {

    /** Rejects nulls. */
    public Loaded {
      Objects.requireNonNull(load, "load");
      Objects.requireNonNull(request, "request");
    }
  }

  /**
   * Identifies the tool version and the configuration that shape every page: when it changes, the
   * manifest is dropped and every page is processed again.
   */
  public String fingerprint() {
    return "geo " + toolVersion + "; timeZone=" + graphOptions.timeZone() + "; plainPages=" + plainPages;
  }

  private static int threadCount(int threads) {
    if (threads < 0 || threads > MAX_THREADS) {
      throw new IllegalArgumentException("threads " + threads + " is out of range; expected 1 to " + MAX_THREADS
          + " pages at once, or 0 for one per processor");
    }
    return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
  }
}
