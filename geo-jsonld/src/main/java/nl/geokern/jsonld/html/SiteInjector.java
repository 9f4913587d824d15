package nl.geokern.jsonld.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Injects JSON-LD into every {@code .html}/{@code .htm} page under a folder, in parallel, writing each
 * changed page atomically.
 *
 * <p>For each page a caller-supplied function returns the JSON text (or empty: the page is left alone
 * and counted "without content"). The pages are processed by the configured number of threads, and a
 * page's bytes are held only while a thread processes it, so the pages in memory are bounded by the
 * largest page times the thread count; what grows with the site is the manifest's record of it (a few
 * hundred bytes a page: 100,000 pages run in a 256 MB heap). A changed page is written to a temporary
 * file in its own folder and renamed over the original, keeping its POSIX permissions. Pages whose bytes
 * do not change are not written.
 *
 * <p><b>Manifest.</b> With a manifest path, the injector records every folder with its modification
 * time and every page with the size and modification time it had when geo left it and the SHA-256 of its
 * JSON text, under a header carrying the caller's fingerprint (plugin version plus configuration) and the
 * caller's key of the graphs. On the next run with the same fingerprint:
 * <ul>
 *   <li>a folder whose time is as recorded is not listed: its recorded pages and folders cost one
 *       {@code stat} each;</li>
 *   <li>a page whose size, time and graph are as recorded is skipped without being read, and with an
 *       unchanged graphs key its graph is not even asked for (the quick check of make, rsync and git);</li>
 *   <li>a page whose attributes differ is read and scanned; when it already holds the identical block
 *       it is not written, so a page merely touched costs one scan.</li>
 * </ul>
 * Like git, it does not trust a recorded time that is not older than the manifest itself (a change
 * within one timestamp tick). The time recorded for a folder geo wrote into is read after geo's last
 * write, so no one else may change the site while the injector runs. A different fingerprint, an older
 * format or a damaged manifest means every page is processed, and the result says why. The manifest is
 * written only when something changed.
 *
 * <p>Nothing is logged; everything is in the returned {@link SiteInjectionResult}.
 */
public final class SiteInjector {

  private final int threads;
  private final Optional<Path> manifest;
  private final String fingerprint;

  private SiteInjector(int threads, Optional<Path> manifest, String fingerprint) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
    this.threads = threads;
    this.manifest = Objects.requireNonNull(manifest, "manifest");
    this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
    if (fingerprint.contains("\n") || fingerprint.contains("\r")) {
      throw new IllegalArgumentException("the fingerprint must be one line: " + fingerprint);
    }
  }

  /** An injector without a manifest, using one thread per available processor. */
  public static SiteInjector create() {
    return new SiteInjector(Runtime.getRuntime().availableProcessors(), Optional.empty(), "");
  }

  /**
   * An injector with a manifest for incremental runs.
   *
   * @param threads worker threads (at least 1)
   * @param manifest the manifest file, for example {@code target/geo/inject-manifest.tsv}
   * @param fingerprint plugin version and configuration, one line; a change invalidates the manifest
   */
  public static SiteInjector create(int threads, Path manifest, String fingerprint) {
    return new SiteInjector(threads, Optional.of(manifest), fingerprint);
  }

  /** An injector without a manifest using {@code threads} worker threads. */
  public static SiteInjector create(int threads) {
    return new SiteInjector(threads, Optional.empty(), "");
  }

  /** Whether the injector takes a file of this name for a page: {@code .html} or {@code .htm}, in any case. */
  public static boolean isPageName(String name) {
    return name.regionMatches(true, name.length() - 5, ".html", 0, 5)
        || name.regionMatches(true, name.length() - 4, ".htm", 0, 4);
  }

  /**
   * Processes every page under {@code root}, asking {@code jsonForPage} for every page's graph.
   *
   * @param root the generated site
   * @param jsonForPage JSON text for a page, given its path relative to {@code root} with {@code /}
   *     separators (such as {@code blog/x/index.html}); empty for none. Called from worker threads.
   * @throws UncheckedIOException when the tree cannot be listed or the manifest cannot be written
   */
  public SiteInjectionResult run(Path root, Function<String, Optional<String>> jsonForPage) {
    return run(root, Optional.empty(), jsonForPage);
  }

  /**
   * Processes every page under {@code root}; with a manifest, pages as recorded are not asked for.
   *
   * @param root the generated site
   * @param graphsKey identifies everything {@code jsonForPage}'s answers depend on besides the page's
   *     path (for example a hash of the content files). When it equals the key of the run that wrote
   *     the manifest, a page whose size and time are as recorded keeps its recorded graph and
   *     {@code jsonForPage} is not called for it. Empty: every page's graph is asked for and compared
   *     with the recorded one by its hash.
   * @param jsonForPage JSON text for a page, given its path relative to {@code root} with {@code /}
   *     separators (such as {@code blog/x/index.html}); empty for none. Called from worker threads.
   * @throws UncheckedIOException when the tree cannot be listed or the manifest cannot be written
   */
  public SiteInjectionResult run(Path root, Optional<String> graphsKey,
      Function<String, Optional<String>> jsonForPage) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(graphsKey, "graphsKey");
    Objects.requireNonNull(jsonForPage, "jsonForPage");
    InjectManifest previous = manifest.map(m -> InjectManifest.read(m, fingerprint))
        .orElseGet(() -> InjectManifest.empty("no manifest: all pages processed"));
    InjectionRun run = new InjectionRun(previous, previous.sameGraphs(graphsKey), jsonForPage);
    FolderRecord site = new SiteWalker(run, threads).walk(root);
    if (manifest.isPresent() && (!previous.records(site, graphsKey) || run.wasRecordedTooRecently())) {
      try {
        InjectManifest.write(manifest.get(), fingerprint, graphsKey, site);
      } catch (IOException e) {
        throw new UncheckedIOException("writing the manifest " + manifest.get().toAbsolutePath() + " failed", e);
      }
    }
    return run.result(previous.status());
  }
}
