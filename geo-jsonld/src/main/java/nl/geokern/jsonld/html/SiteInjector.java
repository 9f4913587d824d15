package nl.geokern.jsonld.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Injects JSON-LD into every {@code .html}/{@code .htm} page under a folder, in parallel, writing
 * each changed page atomically.
 *
 * <p>For each page a caller-supplied function returns the JSON text (or empty: the page is left
 * alone and counted "without content"). Folders, batches of 32 pages and batches of 32 recorded
 * folders without sub-folders are fork/join tasks, and a page's bytes are held only while a worker
 * processes it, so the pages in memory are bounded by the largest page times the thread count; what
 * grows with the site is the manifest's record of it
 * (a few hundred bytes a page: 100,000 pages run in a 256 MB heap).
 * A changed page is written to a temporary file in its own folder and moved over the original
 * ({@code ATOMIC_MOVE}, falling back to a plain replace where the file system cannot do it), keeping
 * POSIX permissions. Pages whose bytes do not change are not written.
 *
 * <p><b>Manifest.</b> With a manifest path, the injector records every folder with its
 * modification time and every page with the size and modification time it had when geo left it and
 * the SHA-256 of its JSON text, under a header carrying the caller's fingerprint (plugin version plus
 * configuration) and the caller's key of the graphs. On the next run with the same fingerprint:
 * <ul>
 *   <li>a folder whose time is as recorded is not listed: adding, removing or renaming an entry
 *       changes a folder's time, so it holds the recorded pages and folders, and each of them costs
 *       one {@code stat};</li>
 *   <li>a page whose size, time and graph are as recorded is skipped without being read, and with an
 *       unchanged graphs key its graph is not even asked for. This is the quick check of make, rsync
 *       and git;</li>
 *   <li>a page whose attributes differ is read and scanned; when it already holds the identical block
 *       it is left alone (not written), so a page merely touched costs one scan.</li>
 * </ul>
 * Like git, it guards against a change within one timestamp tick ("racy" entries): a recorded time
 * that is not older than the manifest itself is not trusted. The time recorded for a folder geo wrote
 * into is read after geo's last write, so the site must not be changed by anyone else while the
 * injector runs (as with any build step that rewrites the same files). SHA-256 for the graph rather
 * than a CRC: a collision would silently leave a stale graph in a page. A different fingerprint or an
 * older manifest format discards the manifest, and the result says why. The manifest is written only
 * when something changed.
 *
 * <p>Nothing is logged; everything is in the returned {@link SiteInjectionResult}.
 */
public final class SiteInjector {

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
    Pass pass = new Pass(root, previous, graphsKey, jsonForPage);
    pass.walk();
    if (manifest.isPresent() && pass.differs) {
      try {
        InjectManifest.write(manifest.get(), fingerprint, graphsKey, pass.folders());
      } catch (IOException e) {
        throw new UncheckedIOException("writing the manifest " + manifest.get().toAbsolutePath() + " failed", e);
      }
    }
    List<PageFailure> sorted = new ArrayList<>(pass.failures);
    sorted.sort(Comparator.comparing(PageFailure::path));
    return new SiteInjectionResult(pass.scanned.intValue(), pass.changed.intValue(), pass.unchanged.intValue(),
        pass.skipped.intValue(), pass.without.intValue(), sorted, pass.existing, pass.warnings, previous.status());
  }

  /** Pages, or recorded folders without sub-folders, per fork/join task. */
  private static final int BATCH = 32;

  /**
   * How many of a folder's recorded leaves one task takes: at least {@link #BATCH}, and no more tasks
   * than four per thread. Each task opens the folder once (seven system calls on Linux, about as many
   * as three leaves' {@code stat}s), so a folder of a thousand posts is cut into a few large tasks,
   * still enough for the threads to share them out evenly.
   */
  static int leafBatch(int leaves, int threads) {
    return Math.max(BATCH, -Math.floorDiv(-leaves, 4 * threads));
  }

  /** Not following a link, as one array: a varargs call would allocate it per stat. */
  private static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};

  /**
   * One run over a site. The walk lists a folder only when it cannot trust the manifest's record
   * of it: a folder whose modification time is as recorded holds the same names (adding, removing or
   * renaming an entry changes the folder's time), so its recorded pages and folders are checked with
   * one {@code stat} each instead of listing it. With one thread everything runs on the calling
   * thread; with more, folders and batches of pages and of leaf folders are fork/join tasks, so the
   * walk itself is parallel and a page's bytes are held only while a worker processes it.
   */
  private final class Pass {
    final Path root;
    final InjectManifest previous;
    final boolean sameGraphs;
    final Function<String, Optional<String>> jsonForPage;
    /** What the next manifest records, a folder each; a folder's page slots are filled by the workers. */
    final Queue<Next> next = new ConcurrentLinkedQueue<>();
    /** How many folders {@link #next} holds: the queue would count them one by one. */
    final LongAdder nextFolders = new LongAdder();
    final Map<String, List<ExistingJsonLd>> existing = new ConcurrentHashMap<>();
    final Map<String, List<String>> warnings = new ConcurrentHashMap<>();
    final List<PageFailure> failures = Collections.synchronizedList(new ArrayList<>());
    // counted by every worker for every page: striped, so that workers do not contend for one counter
    final LongAdder scanned = new LongAdder();
    final LongAdder changed = new LongAdder();
    final LongAdder unchanged = new LongAdder();
    final LongAdder skipped = new LongAdder();
    final LongAdder without = new LongAdder();
    /** Whether the site differs from the manifest's record: only then is the manifest written. */
    volatile boolean differs;
    /** The first folder that could not be read; the walk stops there. */
    final AtomicReference<IOException> walkFailure = new AtomicReference<>();
    final String tmpTag = "." + ProcessHandle.current().pid() + "-";
    /** What a stat reads here: see {@link SiteInjector#attributesOf}. */
    final Class<? extends BasicFileAttributes> attributes;

    Pass(Path root, InjectManifest previous, Optional<String> graphsKey,
        Function<String, Optional<String>> jsonForPage) {
      this.root = root;
      this.previous = previous;
      this.sameGraphs = previous.sameGraphs(graphsKey);
      this.differs = !previous.graphsKey(graphsKey);
      this.jsonForPage = jsonForPage;
      this.attributes = attributesOf(root);
    }

    void walk() {
      Visit top;
      try {
        // the site folder itself may be a link; nothing below it is followed
        BasicFileAttributes rootAttrs = Files.readAttributes(root, BasicFileAttributes.class);
        if (!rootAttrs.isDirectory()) {
          throw new NotDirectoryException(root.toString());
        }
        top = new Visit(root, "", rootAttrs, previous.root());
      } catch (IOException e) {
        throw new UncheckedIOException("listing the pages under " + root + " failed", e);
      }
      if (threads == 1) {
        Deque<Visit> todo = new ArrayDeque<>();
        todo.push(top);
        List<PageJob> pages = new ArrayList<>();
        List<InjectManifest.Known> leaves = new ArrayList<>();
        while (!todo.isEmpty() && walkFailure.get() == null) {
          pages.clear();
          leaves.clear();
          Visit v = todo.pop();
          Next n = folder(v, todo::push, leaves::add, pages, null);
          process(pages);
          settle(v, n);
          leaves(v, leaves, todo::push);
        }
      } else {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
          pool.invoke(new FolderTask(top));
        } finally {
          // a task that failed ends invoke early: every page still under way must finish first
          pool.shutdown();
          try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
              // keep waiting
            }
          } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while injecting into " + root, e);
          }
        }
      }
      if (walkFailure.get() != null) {
        throw new UncheckedIOException("listing the pages under " + root + " failed", walkFailure.get());
      }
      if (nextFolders.intValue() != previous.folderCount()) {
        differs = true; // a recorded folder is gone
      }
    }

    /** A folder, its sub-folders and its pages in batches, as fork/join tasks. */
    private final class FolderTask extends RecursiveAction {
      private final Visit visit;

      FolderTask(Visit visit) {
        this.visit = visit;
      }

      @Override
      protected void compute() {
        visit(visit);
      }
    }

    /**
     * Visits a folder in the current worker: its sub-folders as tasks, its pages in batches. Sub-folders
     * without sub-folders of their own (in a site laid out as {@code post/index.html}, nearly all of
     * them) are visited in batches too, a task per {@link #BATCH} of them: a task per folder would cost
     * more than the folder's one or two {@code stat}s. Those the manifest records are stat'ed by their
     * batch, not here, so that a folder of many posts hands them out at once, in batches of
     * {@link #leafBatch}.
     */
    private void visit(Visit v) {
      if (walkFailure.get() != null) {
        return;
      }
      List<Visit> subs = new ArrayList<>();
      List<InjectManifest.Known> recordedLeaves = new ArrayList<>();
      List<PageJob> pages = new ArrayList<>();
      Next n = folder(v, subs::add, recordedLeaves::add, pages, null);
      List<ForkJoinTask<?>> forked = new ArrayList<>();
      List<Visit> leaves = new ArrayList<>();
      for (Visit sub : subs) {
        if (sub.known() != null && sub.known().children().isEmpty()) {
          leaves.add(sub);
        } else {
          forked.add(new FolderTask(sub).fork());
        }
      }
      for (int from = 0; from < leaves.size(); from += BATCH) {
        List<Visit> some = leaves.subList(from, Math.min(leaves.size(), from + BATCH));
        forked.add(ForkJoinTask.adapt(() -> some.forEach(this::visit)).fork());
      }
      int leafBatch = leafBatch(recordedLeaves.size(), threads);
      for (int from = 0; from < recordedLeaves.size(); from += leafBatch) {
        List<InjectManifest.Known> some = recordedLeaves.subList(from, Math.min(recordedLeaves.size(), from + leafBatch));
        forked.add(ForkJoinTask.adapt(() -> {
          List<Visit> found = new ArrayList<>(0);
          leaves(v, some, found::add);
          found.forEach(this::visit); // sub-folders of a recorded leaf that has grown some
        }).fork());
      }
      process(pages);
      settle(v, n);
      for (int i = forked.size() - 1; i >= 0; i--) {
        forked.get(i).join();
      }
    }

    /** A folder's pages: with more than one thread and more than {@link #BATCH} pages, in batches as tasks. */
    private void process(List<PageJob> pages) {
      if (pages.size() <= BATCH || threads == 1) {
        pages.forEach(this::process); // one batch: a task of its own would cost more than it spreads
      } else {
        List<ForkJoinTask<?>> batches = new ArrayList<>();
        for (int from = 0; from < pages.size(); from += BATCH) {
          List<PageJob> some = pages.subList(from, Math.min(pages.size(), from + BATCH));
          batches.add(ForkJoinTask.adapt(() -> some.forEach(this::process)));
        }
        ForkJoinTask.invokeAll(batches);
      }
    }

    /**
     * Recorded folders without recorded sub-folders, all in {@code parent}, each with its pages. Where
     * the file system allows, each folder and page is stat'ed relative to the open parent
     * ({@code post/index.html} rather than the whole path from {@code /}): the kernel then resolves two
     * names instead of the whole path, which is most of what a stat costs. Sub-folders found in a leaf
     * that is listed go to {@code subs}.
     */
    private void leaves(Visit parent, List<InjectManifest.Known> records, Consumer<Visit> subs) {
      if (records.isEmpty()) {
        return;
      }
      try (RelativeStat at = RelativeStat.open(parent.path)) {
        List<PageJob> pages = new ArrayList<>();
        for (InjectManifest.Known k : records) {
          if (walkFailure.get() != null) {
            return;
          }
          BasicFileAttributes a;
          try {
            a = at.stat(k.name(), BasicFileAttributes.class);
          } catch (NoSuchFileException e) {
            continue; // removed
          } catch (IOException e) {
            walkFailure.compareAndSet(null, e);
            return;
          }
          if (!a.isDirectory()) {
            continue; // no longer a folder: not recorded again
          }
          Visit v = new Visit(parent.path.resolve(k.name()), null, a, k);
          pages.clear();
          // a leaf records no sub-folders, so no recorded leaf of its own is handed back
          Next n = folder(v, subs, leaf -> leaves(v, List.of(leaf), subs), pages, at);
          process(pages);
          settle(v, n);
        }
      }
    }

    /**
     * After its pages: a folder geo wrote into has a new time, from the renames, which is read once
     * now (a folder's record must hold the time the next run will find).
     */
    private void settle(Visit v, Next n) {
      if (n == null || !n.written) {
        return;
      }
      try {
        n.writtenTime = InjectManifest.nanos(Files.getLastModifiedTime(v.path, LinkOption.NOFOLLOW_LINKS));
      } catch (IOException e) {
        // the listed time stays: it will not match, so the next run lists the folder
      }
      differs = true;
    }

    /**
     * Visits one folder: hands its sub-folders to {@code subs} (those recorded without sub-folders of
     * their own to {@code leaves}, not yet stat'ed) and its pages to {@code pages}. {@code at} is the
     * open parent folder when the folder is a recorded leaf visited by its parent's batch, else null.
     * A folder that cannot be read is recorded in {@link #walkFailure}.
     */
    private Next folder(Visit v, Consumer<Visit> subs, Consumer<InjectManifest.Known> leaves, List<PageJob> pages,
        RelativeStat at) {
      try {
        InjectManifest.Known known = v.known;
        if (known != null && known.listable() && previous.trusts(known.time(), v.attrs.lastModifiedTime())) {
          return recorded(v, known, subs, leaves, pages, at);
        }
        return list(v, known, subs, pages);
      } catch (IOException e) {
        walkFailure.compareAndSet(null, e);
        return null;
      } catch (DirectoryIteratorException e) {
        walkFailure.compareAndSet(null, e.getCause()); // a listing that failed part way
        return null;
      }
    }

    /** The folders for the next manifest, with the times that geo's own writes gave them. */
    Map<String, InjectManifest.Folder> folders() {
      Map<String, InjectManifest.Folder> out = new TreeMap<>(InjectManifest.TREE_ORDER); // the order it is written in
      next.forEach(n -> {
        List<InjectManifest.Page> pages = new ArrayList<>(n.pages.length);
        for (int i = 0; i < n.pages.length; i++) {
          InjectManifest.Page p = n.pages[i];
          if (p == Next.AS_RECORDED) {
            pages.add(n.recorded.page(i));
          } else if (p != null) { // null: removed while this run was under way
            pages.add(p);
          }
        }
        out.put(n.rel(), new InjectManifest.Folder(n.time(), n.listable, pages));
      });
      return out;
    }

    /**
     * A trusted folder: its recorded pages and folders, each checked with one stat. Its sub-folders
     * without recorded sub-folders go to {@code leaves} unstat'ed, for their batch to stat.
     */
    private Next recorded(Visit v, InjectManifest.Known known, Consumer<Visit> subs,
        Consumer<InjectManifest.Known> leaves, List<PageJob> jobs, RelativeStat at) throws IOException {
      int count = known.pageCount();
      Next n = new Next(null, known.time(), true, new InjectManifest.Page[count], known);
      next.add(n);
      nextFolders.increment();
      scanned.add(count);
      for (int i = 0; i < count; i++) {
        String name = known.pageName(i);
        jobs.add(new PageJob(v.path, name, null, null, null, n, i, at,
            at == null ? null : known.name() + "/" + name));
      }
      List<InjectManifest.Known> children = known.children();
      for (int i = 0; i < children.size(); i++) {
        InjectManifest.Known child = children.get(i);
        if (child.children().isEmpty()) {
          leaves.accept(child);
          continue;
        }
        Path sub = v.path.resolve(child.name());
        BasicFileAttributes a;
        try {
          a = Files.readAttributes(sub, BasicFileAttributes.class, NOFOLLOW);
        } catch (NoSuchFileException e) {
          continue; // removed while this run was under way
        }
        if (a.isDirectory()) {
          subs.accept(new Visit(sub, null, a, child));
        }
      }
      return n;
    }

    /** A folder listed entry by entry; symbolic links are not followed. */
    private Next list(Visit v, InjectManifest.Known known, Consumer<Visit> subs, List<PageJob> jobs)
        throws IOException {
      String rel = v.rel();
      boolean listable = true;
      List<Path> pagePaths = new ArrayList<>();
      List<BasicFileAttributes> pageAttrs = new ArrayList<>();
      List<Visit> folders = new ArrayList<>();
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(v.path)) {
        for (Path child : entries) {
          String name = child.getFileName().toString();
          BasicFileAttributes a = Files.readAttributes(child, attributes, NOFOLLOW);
          boolean dir = a.isDirectory();
          boolean page = !dir && a.isRegularFile() && isPageName(name);
          if ((dir || page) && !v.path.resolve(name).equals(child)) {
            listable = false; // a name that does not survive as text: the folder is always listed
          }
          if (dir) {
            folders.add(new Visit(child, InjectManifest.child(rel, name), a, known == null ? null : known.child(name)));
          } else if (page) {
            pagePaths.add(child);
            pageAttrs.add(a);
          }
        }
      }
      Map<String, InjectManifest.Page> old = new HashMap<>();
      if (known != null) {
        for (int i = 0; i < known.pageCount(); i++) {
          old.put(known.pageName(i), known.page(i));
        }
      }
      // the time from before the listing: a change during the listing shows as a different time
      Next n = new Next(rel, InjectManifest.nanos(v.attrs.lastModifiedTime()), listable,
          new InjectManifest.Page[pagePaths.size()], null);
      if (known == null || known.time() != n.listedTime || known.listable() != listable
          || known.pageCount() != pagePaths.size()) {
        // the folder's own record changes; its pages are compared with theirs as they are processed,
        // a new sub-folder has no record, and a removed one shows in the count of folders
        differs = true;
      }
      next.add(n);
      nextFolders.increment();
      scanned.add(pagePaths.size());
      for (int i = 0; i < pagePaths.size(); i++) {
        String name = pagePaths.get(i).getFileName().toString();
        jobs.add(new PageJob(null, name, pagePaths.get(i), pageAttrs.get(i), old.get(name), n, i, null, null));
      }
      folders.forEach(subs);
      return n;
    }

    /** Records what geo knows of a page now, noting whether that differs from the manifest. */
    private void keep(Next n, int slot, InjectManifest.Page now, InjectManifest.Page old) {
      if (now == old || now.equals(old)) {
        n.pages[slot] = n.recorded == null ? old : Next.AS_RECORDED;
      } else {
        n.pages[slot] = now;
        differs = true;
      }
    }

    /**
     * A recorded page's attributes, or null when it is no longer a file (then it is counted as gone).
     */
    private BasicFileAttributes stat(PageJob job) throws IOException {
      BasicFileAttributes attrs;
      try {
        attrs = job.at() != null ? job.at().stat(job.fromAt(), attributes)
            : Files.readAttributes(job.file(), attributes, NOFOLLOW);
      } catch (NoSuchFileException e) {
        attrs = null;
      }
      if (attrs == null || !attrs.isRegularFile()) {
        scanned.decrement(); // removed while this run was under way
        differs = true;
        return null;
      }
      return attrs;
    }

    /**
     * One page. Its attributes are null for a page of a trusted folder, which is stat'ed here; its
     * old entry is what the manifest recorded for it, or null.
     */
    private void process(PageJob job) {
      String name = job.name();
      BasicFileAttributes attrs = job.attrs();
      Next n = job.next();
      int slot = job.slot();
      InjectManifest.Page old = null;
      try {
        if (sameGraphs && job.recorded() && !job.recordedGraphIs(InjectManifest.AGAIN)) {
          // the graphs are those of the recorded run: a page as recorded needs none asked for
          if (job.recordedGraphIs(InjectManifest.NO_GRAPH)) {
            n.pages[slot] = job.asRecorded(); // and this page had none
            without.increment();
            return;
          }
          if (attrs == null && (attrs = stat(job)) == null) {
            return;
          }
          if (job.recordedAs(previous, attrs)) {
            n.pages[slot] = job.asRecorded();
            unchanged.increment();
            skipped.increment();
            return;
          }
        }
        // a recorded folder's page is made from the manifest's table only now, and is not kept
        old = n.recorded == null ? job.old() : n.recorded.page(slot);
        if (attrs == null && (attrs = stat(job)) == null) {
          return;
        }
        Optional<String> json = jsonForPage.apply(job.rel());
        if (json.isEmpty()) {
          if (sameGraphs && old != null && old.hasGraph()) {
            throw new IllegalStateException("no graph for " + job.rel() + " although the graphs key is unchanged");
          }
          keep(n, slot, InjectManifest.Page.withoutGraph(name), old);
          without.increment();
          return;
        }
        String graphHash = sha256(json.get().getBytes(StandardCharsets.UTF_8));
        if (old != null && old.graph().equals(graphHash) && previous.trusts(old, attrs.size(), attrs.lastModifiedTime())) {
          keep(n, slot, old, old);
          unchanged.increment();
          skipped.increment();
          return;
        }
        // the attributes are those from before the read: a later change moves the time
        Path file = job.file();
        byte[] bytes = read(file, attrs.size());
        // the new page is written as its three parts, without being put together in memory
        HtmlInjector.Splice r = injector.splice(bytes, json.get());
        if (r.changed()) {
          BasicFileAttributes written = writeAtomically(file, r.parts(), attrs,
              tmpTag + Thread.currentThread().getId());
          long time = InjectManifest.nanos(written.lastModifiedTime());
          keep(n, slot, new InjectManifest.Page(name, written.size(), time, graphHash), old);
          n.written = true; // its folder's time is read once its pages are done
          changed.increment();
        } else {
          long time = InjectManifest.nanos(attrs.lastModifiedTime());
          InjectManifest.Page now = new InjectManifest.Page(name, attrs.size(), time, graphHash);
          keep(n, slot, now, old);
          if (now.equals(old)) {
            // as recorded, but too recent to trust (racy): a manifest written now is old enough
            differs = true;
          }
          unchanged.increment();
        }
        if (!r.existing().isEmpty()) {
          existing.put(job.rel(), r.existing());
        }
        if (!r.warnings().isEmpty()) {
          warnings.put(job.rel(), r.warnings());
        }
      } catch (IOException | RuntimeException e) {
        keep(n, slot, InjectManifest.Page.again(name), old);
        failures.add(new PageFailure(job.rel(), job.rel() + ": " + e, e));
      }
    }
  }

  /**
   * One page to process: where it is, what the walk and the manifest know of it, and its slot. A
   * listed page has its path from the listing; a recorded one is {@code name} in {@code dir}, and
   * {@code at} is {@code dir}'s parent, open, when the page is stat'ed relative to it as {@code fromAt}.
   */
  private record PageJob(Path dir, String name, Path listed, BasicFileAttributes attrs,
      InjectManifest.Page old, Next next, int slot, RelativeStat at, String fromAt) {

    /** The page's path; a skipped page never needs it. */
    Path file() {
      return listed != null ? listed : dir.resolve(name);
    }

    /** The page's path relative to the site; built only when needed, since a skipped page never needs it. */
    String rel() {
      return InjectManifest.child(next.rel(), name);
    }

    /** Whether the manifest records the page: in its folder's table, or as the listing found it. */
    boolean recorded() {
      return next.recorded != null || old != null;
    }

    /** Whether the recorded graph is {@code graph}; the page must be {@link #recorded()}. */
    boolean recordedGraphIs(String graph) {
      return next.recorded != null ? next.recorded.pageGraphIs(slot, graph) : old.graph().equals(graph);
    }

    /** Whether the page has the recorded size and time, old enough to trust. */
    boolean recordedAs(InjectManifest previous, BasicFileAttributes attrs) {
      return next.recorded != null
          ? previous.trusts(next.recorded.pageSize(slot), next.recorded.pageTime(slot), attrs.size(), attrs.lastModifiedTime())
          : previous.trusts(old, attrs.size(), attrs.lastModifiedTime());
    }

    /** What the next manifest's slot holds for the page as recorded. */
    InjectManifest.Page asRecorded() {
      return next.recorded != null ? Next.AS_RECORDED : old;
    }
  }

  /**
   * Stats names relative to one open folder, through a {@link SecureDirectoryStream} where the file
   * system gives one (Linux), else by their whole path. The last name is never followed if it is a link.
   */
  private static final class RelativeStat implements AutoCloseable {
    private final Path folder;
    private final SecureDirectoryStream<Path> open;

    private RelativeStat(Path folder, SecureDirectoryStream<Path> open) {
      this.folder = folder;
      this.open = open;
    }

    /** The folder, open if it can be; a folder that cannot be opened is stat'ed into by whole paths. */
    static RelativeStat open(Path folder) {
      DirectoryStream<Path> ds;
      try {
        ds = Files.newDirectoryStream(folder);
      } catch (IOException | RuntimeException e) {
        return new RelativeStat(folder, null); // the stats by whole path say what is wrong
      }
      if (ds instanceof SecureDirectoryStream<Path> secure) {
        return new RelativeStat(folder, secure);
      }
      try {
        ds.close();
      } catch (IOException e) {
        // nothing was read from it
      }
      return new RelativeStat(folder, null);
    }

    /** The attributes of {@code relative} (names separated by {@code /}) under the folder. */
    <A extends BasicFileAttributes> A stat(String relative, Class<A> type) throws IOException {
      if (open == null) {
        return Files.readAttributes(folder.resolve(relative), type, NOFOLLOW);
      }
      Path name = folder.getFileSystem().getPath(relative);
      Class<? extends BasicFileAttributeView> view = type == PosixFileAttributes.class
          ? PosixFileAttributeView.class : BasicFileAttributeView.class;
      return type.cast(open.getFileAttributeView(name, view, NOFOLLOW).readAttributes());
    }

    @Override
    public void close() {
      if (open != null) {
        try {
          open.close();
        } catch (IOException e) {
          // a folder only read from: nothing is lost
        }
      }
    }
  }

  /** A folder to visit: where it is, its path relative to the site, its attributes and its record, or null. */
  private record Visit(Path path, String rel, BasicFileAttributes attrs, InjectManifest.Known known) {

    /** The path relative to the site: given for a listed folder, made from the record for a recorded one. */
    @Override
    public String rel() {
      return rel != null ? rel : known.rel();
    }
  }

  /**
   * A folder as the next manifest records it; workers fill the page slots. In a recorded folder, slot
   * {@code i} is the manifest's page {@code i}, and a page found as recorded is marked
   * {@link #AS_RECORDED} rather than kept as an object: it is made again only if the manifest is written.
   */
  private static final class Next {
    /** A slot's page is the recorded one. */
    static final InjectManifest.Page AS_RECORDED = InjectManifest.Page.again("");

    /** The folder's path relative to the site, or null when it is made from {@link #recorded}. */
    private final String rel;
    private final long listedTime;
    private final boolean listable;
    private final InjectManifest.Page[] pages;
    /** The folder's record when it was trusted, else null. */
    private final InjectManifest.Known recorded;
    /** Whether geo wrote a page into the folder. */
    private volatile boolean written;
    /** The folder's time read after its pages were done, if geo wrote into it. */
    private volatile long writtenTime = Long.MIN_VALUE;

    Next(String rel, long listedTime, boolean listable, InjectManifest.Page[] pages, InjectManifest.Known recorded) {
      this.rel = rel;
      this.listedTime = listedTime;
      this.listable = listable;
      this.pages = pages;
      this.recorded = recorded;
    }

    /** The folder's path relative to the site. */
    String rel() {
      return rel != null ? rel : recorded.rel();
    }

    /** The time to record: from before the listing, or after geo's last write into the folder. */
    long time() {
      return writtenTime == Long.MIN_VALUE ? listedTime : writtenTime;
    }
  }

  /** Whether the injector takes a file of this name for a page: {@code .html} or {@code .htm}, in any case. */
  public static boolean isPageName(String name) {
    return name.regionMatches(true, name.length() - 5, ".html", 0, 5)
        || name.regionMatches(true, name.length() - 4, ".htm", 0, 4);
  }

  /**
   * Reads a whole file whose size the walk saw: a read of that size and one that finds the end,
   * without the size query of {@link Files#readAllBytes} and without copying. A file that changed
   * size meanwhile is read whole all the same.
   */
  static byte[] read(Path file, long expectedSize) throws IOException {
    if (expectedSize > MAX_PAGE) {
      throw new IOException(file + " is too large to inject into (" + expectedSize + " bytes)");
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer buf = ByteBuffer.allocate((int) expectedSize);
      while (buf.hasRemaining()) {
        if (ch.read(buf) < 0) {
          return Arrays.copyOf(buf.array(), buf.position()); // it shrank
        }
      }
      ByteBuffer more = ByteBuffer.allocate(1);
      if (ch.read(more) < 0) {
        return buf.array();
      }
      // it grew: read the rest the slow way
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(buf.capacity() * 2 + 1);
      out.write(buf.array());
      out.write(more.get(0));
      ch.transferTo(ch.position(), Long.MAX_VALUE, java.nio.channels.Channels.newChannel(out));
      if (out.size() > MAX_PAGE) {
        throw new IOException(file + " grew too large to inject into while it was read");
      }
      return out.toByteArray();
    }
  }

  /** The largest page an array can hold. */
  private static final int MAX_PAGE = Integer.MAX_VALUE - 16;

  /** Writes {@code bytes} to a temporary file beside {@code target}, then moves it over the target. */
  static void writeAtomically(Path target, byte[] bytes) throws IOException {
    BasicFileAttributes attrs = Files.exists(target)
        ? Files.readAttributes(target, attributesOf(target)) : null;
    writeAtomically(target, new ByteBuffer[] {ByteBuffer.wrap(bytes)}, attrs,
        "." + ProcessHandle.current().pid() + "-" + Thread.currentThread().getId());
  }

  /**
   * Writes {@code parts}, one after the other, beside {@code target} under a name unique to this
   * process and thread, gives it the target's POSIX permissions (taken from {@code targetAttrs}, read
   * during the walk), and moves it over the target. Returns the attributes of the written file, read before the move (a
   * rename keeps them), so that a later change by anyone else shows as a different time or size.
   */
  private static BasicFileAttributes writeAtomically(Path target, ByteBuffer[] parts, BasicFileAttributes targetAttrs,
      String tag) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = dir.resolve("." + target.getFileName() + tag + ".geo-tmp");
    Set<PosixFilePermission> perms = permissions(targetAttrs);
    boolean moved = false;
    try {
      try {
        write(tmp, parts, perms);
      } catch (FileAlreadyExistsException e) {
        // left over by a killed run of a process with the same id: fall back to a random name
        tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".geo-tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
          writeAll(ch, parts);
        }
      }
      Class<? extends BasicFileAttributes> kind = perms == null ? BasicFileAttributes.class : PosixFileAttributes.class;
      BasicFileAttributes written = Files.readAttributes(tmp, kind);
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

  /** Creates {@code file} (which must not exist) and writes {@code parts} in one call where the OS allows. */
  private static void write(Path file, ByteBuffer[] parts, Set<PosixFilePermission> perms) throws IOException {
    Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    try (FileChannel ch = perms == null ? FileChannel.open(file, options)
        : FileChannel.open(file, options, PosixFilePermissions.asFileAttribute(perms))) {
      writeAll(ch, parts);
    }
  }

  /**
   * Writes every part: Files.write would cut a page into 8 KB writes, where the parts go down in one
   * gathering system call where the OS allows.
   */
  private static void writeAll(FileChannel ch, ByteBuffer[] parts) throws IOException {
    long left = 0;
    for (ByteBuffer b : parts) {
      left += b.remaining();
    }
    while (left > 0) {
      left -= ch.write(parts);
    }
  }

  /**
   * POSIX attributes where the file system has them: the same single stat as the basic ones, and
   * they carry the permissions a rewritten page keeps (the basic view's object does not).
   */
  private static Class<? extends BasicFileAttributes> attributesOf(Path file) {
    return file.getFileSystem().supportedFileAttributeViews().contains("posix")
        ? PosixFileAttributes.class : BasicFileAttributes.class;
  }

  /** The target's POSIX permissions, or null for a new file or a non-POSIX file system. */
  private static Set<PosixFilePermission> permissions(BasicFileAttributes attrs) {
    // attributes come from attributesOf, so on a POSIX file system they carry the permissions
    return attrs instanceof PosixFileAttributes posix ? posix.permissions() : null;
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
