package nl.geokern.jsonld.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
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

/**
 * Injects JSON-LD into every {@code .html}/{@code .htm} page under a folder, in parallel, writing
 * each changed page atomically.
 *
 * <p>For each page a caller-supplied function returns the JSON text (or empty: the page is left
 * alone and counted "without content"). Pages stream from the file tree in batches of 32; at most
 * {@code 2 × threads} batches are queued and a page's bytes are held only while a worker processes
 * it, so memory is bounded by the largest page times the thread count, not by the site.
 * A changed page is written to a temporary file in its own folder and moved over the original
 * ({@code ATOMIC_MOVE}, falling back to a plain replace where the file system cannot do it), keeping
 * POSIX permissions. Pages whose bytes do not change are not written.
 *
 * <p><b>Manifest.</b> With a manifest path, the injector records per page the size and modification
 * time the page had when geo left it, and the SHA-256 of the JSON text, under a header carrying the
 * caller's fingerprint (plugin version plus configuration). On the next run with the same
 * fingerprint, a page whose size, modification time and graph hash are as recorded is skipped without
 * being read: the check costs nothing beyond the directory walk, which yields the attributes anyway.
 * This is the quick check of make, rsync and git. Like git, it guards against a rewrite within one
 * timestamp tick ("racy" entries): a page whose recorded time is not older than the manifest itself
 * is read and scanned again. A page whose attributes differ is read and scanned; when it already holds
 * the identical block it is left alone (not written), so a page merely touched costs one scan. SHA-256
 * for the graph rather than a CRC: a collision would silently leave a stale graph in a page. A
 * different fingerprint discards the manifest, and the result says why.
 *
 * <p>Nothing is logged; everything is in the returned {@link SiteInjectionResult}.
 */
public final class SiteInjector {

  /** First line of a manifest file; the fingerprint follows after a tab. */
  static final String MANIFEST_HEADER = "# geo inject manifest v2";

  /** What every manifest header starts with, whatever its format version. */
  private static final String MANIFEST_PREFIX = "# geo inject manifest v";

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
    Map<String, Entry> previous = new HashMap<>();
    String status = readManifest(previous);
    Map<String, Entry> next = new ConcurrentHashMap<>();
    Map<String, List<ExistingJsonLd>> existing = new ConcurrentHashMap<>();
    Map<String, List<String>> warnings = new ConcurrentHashMap<>();
    List<PageFailure> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicInteger scanned = new AtomicInteger();
    AtomicInteger changed = new AtomicInteger();
    AtomicInteger unchanged = new AtomicInteger();
    AtomicInteger skipped = new AtomicInteger();
    AtomicInteger without = new AtomicInteger();
    String tmpTag = "." + ProcessHandle.current().pid() + "-";
    String sep = root.getFileSystem().getSeparator();
    String rootPrefix = root.toString().endsWith(sep) ? root.toString() : root + sep;

    // One thread: pages are processed on the walking thread, without a pool or hand-offs.
    ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "geo-inject");
      t.setDaemon(true);
      return t;
    });
    // Pages go to the pool in batches: a hand-off per page would cost more than a skipped page.
    Semaphore inFlight = new Semaphore(threads * 2);
    List<Runnable> batch = new ArrayList<>(BATCH);
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          // walkFileTree does not follow links: a symbolic link is not a regular file here
          if (!attrs.isRegularFile() || !isPageName(file)) {
            return FileVisitResult.CONTINUE;
          }
          String name = file.toString();
          String rel = name.startsWith(rootPrefix)
              ? slashes(name.substring(rootPrefix.length()), sep) : relative(root, file);
          scanned.incrementAndGet();
          Runnable page = () -> {
            try {
              Optional<String> json = jsonForPage.apply(rel);
              if (json.isEmpty()) {
                without.incrementAndGet();
                return;
              }
              String graphHash = sha256(json.get().getBytes(StandardCharsets.UTF_8));
              Entry old = previous.get(rel);
              if (old != null && old.graphHash().equals(graphHash) && old.size() == attrs.size()
                  && old.mtime().equals(attrs.lastModifiedTime()) && !old.racy()) {
                next.put(rel, old);
                unchanged.incrementAndGet();
                skipped.incrementAndGet();
                return;
              }
              // the attributes are those from before the read: a later change moves the mtime
              byte[] bytes = Files.readAllBytes(file);
              InjectionResult r = injector.inject(bytes, json.get());
              Entry done;
              if (r.changed()) {
                BasicFileAttributes written = writeAtomically(file, r.output(), attrs,
                    tmpTag + Thread.currentThread().getId());
                done = new Entry(written.size(), written.lastModifiedTime(), graphHash, false);
                changed.incrementAndGet();
              } else {
                done = new Entry(attrs.size(), attrs.lastModifiedTime(), graphHash, false);
                unchanged.incrementAndGet();
              }
              next.put(rel, done);
              if (!r.existing().isEmpty()) {
                existing.put(rel, r.existing());
              }
              if (!r.warnings().isEmpty()) {
                warnings.put(rel, r.warnings());
              }
            } catch (IOException | RuntimeException e) {
              failures.add(new PageFailure(rel, rel + ": " + e, e));
            }
          };
          if (pool == null) {
            page.run();
          } else {
            batch.add(page);
            if (batch.size() == BATCH) {
              submit(pool, inFlight, batch);
              batch.clear();
            }
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
          throw e;
        }
      });
      if (pool != null && !batch.isEmpty()) {
        submit(pool, inFlight, batch);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("listing the pages under " + root + " failed", e);
    } finally {
      if (pool != null) {
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
    }
    if (!next.equals(previous)) { // racy entries differ in their flag, so they are written fresh
      writeManifest(next);
    }
    List<PageFailure> sorted = new ArrayList<>(failures);
    sorted.sort(Comparator.comparing(PageFailure::path));
    return new SiteInjectionResult(scanned.get(), changed.get(), unchanged.get(), skipped.get(),
        without.get(), sorted, existing, warnings, status);
  }

  /** Pages per task handed to the pool. */
  private static final int BATCH = 32;

  private static void submit(ExecutorService pool, Semaphore inFlight, List<Runnable> pages) {
    List<Runnable> mine = List.copyOf(pages);
    inFlight.acquireUninterruptibly();
    pool.execute(() -> {
      try {
        mine.forEach(Runnable::run);
      } finally {
        inFlight.release();
      }
    });
  }

  /**
   * What the manifest knows about a page geo left: its size and modification time then, the hash of
   * its graph, and whether the time is too close to the manifest's own to be trusted.
   */
  private record Entry(long size, FileTime mtime, String graphHash, boolean racy) {}

  private static boolean isPageName(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm");
  }

  private static String slashes(String rel, String sep) {
    return sep.equals("/") ? rel : rel.replace(sep, "/");
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  /** Reads the manifest into {@code into}; returns the status. */
  private String readManifest(Map<String, Entry> into) {
    if (manifest.isEmpty()) {
      return "no manifest: all pages processed";
    }
    Path m = manifest.get();
    if (!Files.isRegularFile(m)) {
      return "no manifest at " + m + " yet: all pages processed";
    }
    List<String> lines;
    FileTime written;
    try {
      written = Files.getLastModifiedTime(m);
      lines = Files.readAllLines(m, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the manifest " + m + " failed", e);
    }
    String expected = MANIFEST_HEADER + "\t" + fingerprint;
    if (lines.isEmpty() || !lines.get(0).startsWith(MANIFEST_PREFIX)) {
      return "manifest " + m + " is not a geo manifest: all pages processed";
    }
    if (!lines.get(0).startsWith(MANIFEST_HEADER + "\t")) {
      int tab = lines.get(0).indexOf('\t');
      return "manifest format changed (was \"" + (tab < 0 ? lines.get(0) : lines.get(0).substring(0, tab))
          + "\", now \"" + MANIFEST_HEADER + "\"): all pages processed";
    }
    if (!lines.get(0).equals(expected)) {
      String was = lines.get(0).substring(MANIFEST_HEADER.length() + 1);
      return "fingerprint changed (was \"" + was + "\", now \"" + fingerprint
          + "\"): all pages processed";
    }
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      if (f.length != 4) {
        continue;
      }
      try {
        long size = Long.parseLong(f[1]);
        int dot = f[2].indexOf('.');
        FileTime mtime = FileTime.from(Instant.ofEpochSecond(
            Long.parseLong(f[2].substring(0, dot)), Integer.parseInt(f[2].substring(dot + 1))));
        // git's racy rule: a page changed in the same tick as the manifest was written would keep
        // its recorded time, so such an entry is verified by reading the page
        into.put(f[0], new Entry(size, mtime, f[3], mtime.compareTo(written) >= 0));
      } catch (RuntimeException e) {
        // a damaged line: that page is simply processed again
      }
    }
    return "manifest " + m + " used (" + into.size() + " pages recorded)";
  }

  private void writeManifest(Map<String, Entry> entries) {
    if (manifest.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder(64 + entries.size() * 140)
        .append(MANIFEST_HEADER).append('\t').append(fingerprint).append('\n');
    new TreeMap<>(entries).forEach((path, e) -> {
      Instant t = e.mtime().toInstant(); // seconds.nanoseconds: exact, and cheap to read back
      String nanos = Integer.toString(t.getNano());
      sb.append(path).append('\t').append(e.size()).append('\t').append(t.getEpochSecond()).append('.')
          .append("000000000", nanos.length(), 9).append(nanos).append('\t').append(e.graphHash()).append('\n');
    });
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
    BasicFileAttributes attrs = Files.exists(target)
        ? Files.readAttributes(target, BasicFileAttributes.class) : null;
    writeAtomically(target, bytes, attrs, "." + ProcessHandle.current().pid() + "-" + Thread.currentThread().getId());
  }

  /**
   * Writes {@code bytes} beside {@code target} under a name unique to this process and thread, gives
   * it the target's POSIX permissions (taken from {@code targetAttrs}, read during the walk), and
   * moves it over the target. Returns the attributes of the written file, read before the move (a
   * rename keeps them), so that a later change by anyone else shows as a different time or size.
   */
  private static BasicFileAttributes writeAtomically(Path target, byte[] bytes, BasicFileAttributes targetAttrs,
      String tag) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = dir.resolve("." + target.getFileName() + tag + ".geo-tmp");
    Set<PosixFilePermission> perms = permissions(target, targetAttrs);
    boolean moved = false;
    try {
      try {
        write(tmp, bytes, perms);
      } catch (FileAlreadyExistsException e) {
        // left over by a killed run of a process with the same id: fall back to a random name
        tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".geo-tmp");
        Files.write(tmp, bytes);
      }
      BasicFileAttributes written = Files.readAttributes(tmp, BasicFileAttributes.class);
      // created with the target's permissions, but the umask may have removed some
      if (perms != null && !(written instanceof PosixFileAttributes p && p.permissions().equals(perms))) {
        try {
          Files.setPosixFilePermissions(tmp, perms);
        } catch (FileSystemException e) {
          throw new IOException("copying permissions of " + target + " to " + tmp + " failed", e);
        }
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
      return written;
    } finally {
      if (!moved) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /** Creates {@code file} (which must not exist) and writes {@code bytes} in one call where the OS allows. */
  private static void write(Path file, byte[] bytes, Set<PosixFilePermission> perms) throws IOException {
    Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    // Files.write would cut the page into 8 KB writes; one buffer goes down in one system call
    try (FileChannel ch = perms == null ? FileChannel.open(file, options)
        : FileChannel.open(file, options, PosixFilePermissions.asFileAttribute(perms))) {
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
    }
  }

  /** The target's POSIX permissions, or null for a new file or a non-POSIX file system. */
  private static Set<PosixFilePermission> permissions(Path target, BasicFileAttributes attrs) throws IOException {
    if (attrs == null) {
      return null; // a new file: default permissions
    }
    if (attrs instanceof PosixFileAttributes posix) {
      return posix.permissions();
    }
    PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    return view == null ? null : view.readAttributes().permissions();
  }

  static String sha256(byte[] bytes) {
    MessageDigest md = SHA256.get();
    md.reset();
    return HexFormat.of().formatHex(md.digest(bytes));
  }

  /** One digest per thread: looking SHA-256 up in the providers costs more than hashing a graph. */
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  });
}
