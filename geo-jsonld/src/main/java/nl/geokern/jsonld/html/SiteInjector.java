package nl.geokern.jsonld.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Injects JSON-LD into every {@code .html}/{@code .htm} page under a folder, in parallel, writing
 * each changed page atomically.
 *
 * <p>For each page a caller-supplied function returns the JSON text (or empty: the page is left
 * alone and counted "without content"). Pages stream from the file tree; at most {@code 2 × threads}
 * are in flight, so memory is bounded by the largest page times the thread count, not by the site.
 * A changed page is written to a temporary file in its own folder and moved over the original
 * ({@code ATOMIC_MOVE}, falling back to a plain replace where the file system cannot do it), keeping
 * POSIX permissions. Pages whose bytes do not change are not written.
 *
 * <p><b>Manifest.</b> With a manifest path, the injector records per page the SHA-256 of the bytes
 * it left and of the JSON text, under a header carrying the caller's fingerprint (plugin version plus
 * configuration). On the next run with the same fingerprint, a page whose bytes and graph hash as
 * recorded is skipped without being scanned. SHA-256 rather than a CRC: a collision would silently
 * leave a stale graph in a page, and SHA-256 (hardware-accelerated on current JDKs) costs far less
 * than reading the file. A different fingerprint discards the manifest, and the result says why.
 *
 * <p>Nothing is logged; everything is in the returned {@link SiteInjectionResult}.
 */
public final class SiteInjector {

  /** First line of a manifest file; the fingerprint follows after a tab. */
  static final String MANIFEST_HEADER = "# geo inject manifest v1";

  private final int threads;
  private final Optional<Path> manifest;
  private final String fingerprint;
  private final HtmlInjector injector = HtmlInjector.create();

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

  /**
   * Processes every page under {@code root}.
   *
   * @param root the generated site
   * @param jsonForPage JSON text for a page, given its path relative to {@code root} with {@code /}
   *     separators (such as {@code blog/x/index.html}); empty for none. Called from worker threads.
   * @throws UncheckedIOException when the tree cannot be listed or the manifest cannot be written
   */
  public SiteInjectionResult run(Path root, Function<String, Optional<String>> jsonForPage) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(jsonForPage, "jsonForPage");
    Map<String, String[]> previous = new TreeMap<>();
    String status = readManifest(previous);
    Map<String, String[]> next = new ConcurrentHashMap<>();
    Map<String, List<ExistingJsonLd>> existing = new ConcurrentHashMap<>();
    Map<String, List<String>> warnings = new ConcurrentHashMap<>();
    List<PageFailure> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicInteger scanned = new AtomicInteger();
    AtomicInteger changed = new AtomicInteger();
    AtomicInteger unchanged = new AtomicInteger();
    AtomicInteger skipped = new AtomicInteger();
    AtomicInteger without = new AtomicInteger();

    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "geo-inject");
      t.setDaemon(true);
      return t;
    });
    Semaphore inFlight = new Semaphore(threads * 2);
    try (Stream<Path> files = Files.walk(root)) {
      Iterator<Path> it = files.filter(SiteInjector::isPage).iterator();
      while (it.hasNext()) {
        Path file = it.next();
        String rel = relative(root, file);
        scanned.incrementAndGet();
        inFlight.acquireUninterruptibly();
        pool.execute(() -> {
          try {
            Optional<String> json = jsonForPage.apply(rel);
            if (json.isEmpty()) {
              without.incrementAndGet();
              return;
            }
            String graphHash = sha256(json.get().getBytes(StandardCharsets.UTF_8));
            byte[] page = Files.readAllBytes(file);
            String[] old = previous.get(rel);
            if (old != null && old[1].equals(graphHash) && old[0].equals(sha256(page))) {
              next.put(rel, old);
              unchanged.incrementAndGet();
              skipped.incrementAndGet();
              return;
            }
            InjectionResult r = injector.inject(page, json.get());
            if (r.changed()) {
              writeAtomically(file, r.output());
              changed.incrementAndGet();
            } else {
              unchanged.incrementAndGet();
            }
            next.put(rel, new String[] {sha256(r.output()), graphHash});
            if (!r.existing().isEmpty()) {
              existing.put(rel, r.existing());
            }
            if (!r.warnings().isEmpty()) {
              warnings.put(rel, r.warnings());
            }
          } catch (IOException | RuntimeException e) {
            failures.add(new PageFailure(rel, rel + ": " + e, e));
          } finally {
            inFlight.release();
          }
        });
      }
    } catch (IOException e) {
      throw new UncheckedIOException("listing the pages under " + root + " failed", e);
    } finally {
      pool.shutdown();
      try {
        while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
          // keep waiting: every submitted page must finish before the manifest is written
        }
      } catch (InterruptedException e) {
        pool.shutdownNow();
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while injecting into " + root, e);
      }
    }
    writeManifest(next);
    List<PageFailure> sorted = new ArrayList<>(failures);
    sorted.sort(Comparator.comparing(PageFailure::path));
    return new SiteInjectionResult(scanned.get(), changed.get(), unchanged.get(), skipped.get(),
        without.get(), sorted, existing, warnings, status);
  }

  private static boolean isPage(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return (name.endsWith(".html") || name.endsWith(".htm"))
        && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  /** Reads the manifest into {@code into} (path → [output hash, graph hash]); returns the status. */
  private String readManifest(Map<String, String[]> into) {
    if (manifest.isEmpty()) {
      return "no manifest: all pages processed";
    }
    Path m = manifest.get();
    if (!Files.isRegularFile(m)) {
      return "no manifest at " + m + " yet: all pages processed";
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(m, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the manifest " + m + " failed", e);
    }
    String expected = MANIFEST_HEADER + "\t" + fingerprint;
    if (lines.isEmpty() || !lines.get(0).startsWith(MANIFEST_HEADER + "\t")) {
      return "manifest " + m + " is not a geo manifest: all pages processed";
    }
    if (!lines.get(0).equals(expected)) {
      String was = lines.get(0).substring(MANIFEST_HEADER.length() + 1);
      return "fingerprint changed (was \"" + was + "\", now \"" + fingerprint
          + "\"): all pages processed";
    }
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      if (f.length == 3) {
        into.put(f[0], new String[] {f[1], f[2]});
      }
    }
    return "manifest " + m + " used (" + into.size() + " pages recorded)";
  }

  private void writeManifest(Map<String, String[]> entries) {
    if (manifest.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder(MANIFEST_HEADER).append('\t').append(fingerprint).append('\n');
    new TreeMap<>(entries).forEach((path, h) ->
        sb.append(path).append('\t').append(h[0]).append('\t').append(h[1]).append('\n'));
    Path m = manifest.get().toAbsolutePath();
    try {
      Files.createDirectories(m.getParent());
      writeAtomically(m, sb.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("writing the manifest " + m + " failed", e);
    }
  }

  /** Writes {@code bytes} to a temporary file beside {@code target}, then moves it over the target. */
  static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".geo-tmp");
    try {
      Files.write(tmp, bytes);
      copyPermissions(target, tmp);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void copyPermissions(Path from, Path to) throws IOException {
    if (!Files.exists(from)) {
      return;
    }
    PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    if (view == null) {
      return; // not a POSIX file system: the new file has default permissions
    }
    try {
      Set<PosixFilePermission> perms = view.readAttributes().permissions();
      Files.setPosixFilePermissions(to, perms);
    } catch (FileSystemException e) {
      throw new IOException("copying permissions of " + from + " to " + to + " failed", e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
