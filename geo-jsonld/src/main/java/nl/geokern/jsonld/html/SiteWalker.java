package nl.geokern.jsonld.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.geokern.jsonld.html.InjectionRun.Outcome;

/**
 * Walks a site in a fork/join pool of the run's threads, runs a {@link PageTask} for every page, and
 * returns the site's record for the next manifest.
 *
 * <p>A folder is listed only when the manifest's record of it cannot stand for a listing: a folder
 * whose time is as recorded holds the recorded pages and folders (adding, removing or renaming an entry
 * changes a folder's time), so each of those costs one stat. Sibling folders are visited in batches, a
 * task per batch, which opens their parent once and stats each folder and its recorded pages relative
 * to it. A folder's pages run in the task that visits it, forked in batches when there are many.
 */
final class SiteWalker {

  /** The fewest pages or folders given a task of their own: fewer cost more to hand out than to do. */
  static final int BATCH = 32;

  private final InjectionRun run;
  private final int threads;
  /** Set when a folder could not be read: the run fails, and the tasks still queued do nothing. */
  private volatile boolean failed;

  SiteWalker(InjectionRun run, int threads) {
    this.run = run;
    this.threads = threads;
  }

  /**
   * Walks the site under {@code root} (which may be a link; nothing below it is followed).
   *
   * @throws UncheckedIOException when a folder cannot be read
   */
  FolderRecord walk(Path root) {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      BasicFileAttributes attrs = Files.readAttributes(root, BasicFileAttributes.class);
      if (!attrs.isDirectory()) {
        throw new NotDirectoryException(root.toString());
      }
      return pool.invoke(ForkJoinTask.adapt(() -> visitSite(root, attrs)));
    } catch (IOException e) {
      throw new UncheckedIOException("listing the pages under " + root + " failed", e);
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException("listing the pages under " + root + " failed", e.getCause());
    } finally {
      // a task that failed ends invoke early: pages still under way must finish first
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

  private FolderRecord visitSite(Path root, BasicFileAttributes attrs) {
    VisitedFolder site;
    try (OpenFolder open = OpenFolder.open(root)) {
      site = visit(SiteFolder.site(open), attrs, run.previous().site());
    } catch (IOException e) {
      failed = true;
      throw new UncheckedIOException(e);
    }
    return site.record();
  }

  /** A sub-folder to visit: its name, its record, and its attributes when the listing of its parent read them. */
  private record FolderEntry(String name, Optional<FolderRecord> recorded, Optional<BasicFileAttributes> listed) {}

  /** What a folder holds: its pages, its sub-folders (both by name), and whether its record can stand for a listing. */
  private record FolderContents(List<PageTask> pages, List<FolderEntry> folders, boolean listable) {}

  /** A folder whose pages are done, with the batches of its sub-folders under way, and its old record. */
  private record VisitedFolder(String name, long time, boolean listable, List<PageRecord> pages,
      List<FolderBatch> subfolders, Optional<FolderRecord> recorded) {

    /** The folder's record, once its sub-folders are done: the old one when nothing in it changed. */
    FolderRecord record() {
      List<FolderRecord> folders = new ArrayList<>();
      for (List<FolderRecord> batch : joinLastFirst(subfolders, FolderBatch::join)) {
        folders.addAll(batch);
      }
      FolderRecord now = new FolderRecord(name, time, listable, pages, folders);
      return recorded.filter(now::equals).orElse(now);
    }
  }

  /** Sibling folders of {@code parent}, visited in one task that holds the parent open. */
  private final class FolderBatch extends RecursiveTask<List<FolderRecord>> {
    private final SiteFolder parent;
    private final List<FolderEntry> entries;

    FolderBatch(SiteFolder parent, List<FolderEntry> entries) {
      this.parent = parent;
      this.entries = entries;
    }

    @Override
    protected List<FolderRecord> compute() {
      List<VisitedFolder> visited = new ArrayList<>(entries.size());
      Path path = parent.path();
      String rel = parent.rel();
      try (OpenFolder open = OpenFolder.open(path)) {
        for (FolderEntry e : entries) {
          if (failed) {
            return List.of();
          }
          Optional<BasicFileAttributes> attrs = e.listed().isPresent() ? e.listed() : open.stat(e.name());
          if (attrs.isPresent() && attrs.get().isDirectory()) { // else removed, or no longer a folder
            visited.add(visit(new SiteFolder(path, rel, e.name(), open), attrs.get(), e.recorded()));
          }
        }
      } catch (IOException e) {
        failed = true;
        throw new UncheckedIOException(e);
      }
      return joinLastFirst(visited, VisitedFolder::record);
    }
  }

  /**
   * What {@code join} gives for each task, in their order, joining the last forked first: it is on top
   * of this worker's queue, where the worker takes it back, while idle workers steal from the bottom.
   * Joining the first first would wait for a thief at every other task.
   */
  private static <T, R> List<R> joinLastFirst(List<T> tasks, Function<T, R> join) {
    List<R> results = new ArrayList<>(Collections.nCopies(tasks.size(), null));
    for (int i = tasks.size() - 1; i >= 0; i--) {
      results.set(i, join.apply(tasks.get(i)));
    }
    return results;
  }

  /** Visits one folder: hands out its sub-folders in batches, then runs its pages. */
  private VisitedFolder visit(SiteFolder folder, BasicFileAttributes attrs, Optional<FolderRecord> recorded)
      throws IOException {
    boolean trusted = recorded.isPresent() && recorded.get().listable()
        && run.previous().trusts(recorded.get().time(), attrs.lastModifiedTime());
    FolderContents contents = trusted ? recordedContents(folder, recorded.get()) : list(folder, recorded);
    List<FolderBatch> subfolders = fork(folder, contents.folders());
    List<PageRecord> pages = new ArrayList<>(contents.pages().size());
    boolean written = false;
    for (PageTask.Done done : runPages(contents.pages())) {
      done.record().ifPresent(pages::add);
      written |= done.outcome() == Outcome.CHANGED;
    }
    // the time from before the listing, or, when geo wrote into the folder, the one its renames gave it
    long time = InjectManifest.nanos(written
        ? Files.getLastModifiedTime(folder.path(), LinkOption.NOFOLLOW_LINKS) : attrs.lastModifiedTime());
    return new VisitedFolder(folder.name(), time, contents.listable(), pages, subfolders, recorded);
  }

  /** A trusted folder: what its record says it holds, each to be stat'ed by its task. */
  private static FolderContents recordedContents(SiteFolder folder, FolderRecord recorded) {
    List<PageTask> pages = new ArrayList<>(recorded.pages().size());
    for (PageRecord p : recorded.pages()) {
      pages.add(new PageTask(folder, p.name(), Optional.empty(), Optional.of(p)));
    }
    List<FolderEntry> folders = new ArrayList<>(recorded.folders().size());
    for (FolderRecord f : recorded.folders()) {
      folders.add(new FolderEntry(f.name(), Optional.of(f), Optional.empty()));
    }
    return new FolderContents(pages, folders, true);
  }

  /** A folder listed entry by entry, each stat'ed without following links. */
  private static FolderContents list(SiteFolder folder, Optional<FolderRecord> recorded) throws IOException {
    Map<String, PageRecord> oldPages = recorded.map(r -> byName(r.pages(), PageRecord::name)).orElse(Map.of());
    Map<String, FolderRecord> oldFolders = recorded.map(r -> byName(r.folders(), FolderRecord::name)).orElse(Map.of());
    List<PageTask> pages = new ArrayList<>();
    List<FolderEntry> folders = new ArrayList<>();
    boolean listable = true;
    Path path = folder.path();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
      for (Path child : entries) {
        String name = child.getFileName().toString();
        BasicFileAttributes a;
        try {
          a = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
          continue; // removed since the listing
        }
        boolean page = a.isRegularFile() && SiteInjector.isPageName(name);
        if (page || a.isDirectory()) {
          // a name that does not survive as text cannot be recorded: the folder is listed every run
          listable &= path.resolve(name).equals(child);
        }
        if (page) {
          pages.add(new PageTask(folder, name, Optional.of(new PageTask.Listed(child, a)),
              Optional.ofNullable(oldPages.get(name))));
        } else if (a.isDirectory()) {
          folders.add(new FolderEntry(name, Optional.ofNullable(oldFolders.get(name)), Optional.of(a)));
        }
      }
    } catch (DirectoryIteratorException e) {
      throw e.getCause(); // a listing that failed part way
    }
    pages.sort(Comparator.comparing(PageTask::name));
    folders.sort(Comparator.comparing(FolderEntry::name));
    return new FolderContents(pages, folders, listable);
  }

  private static <T> Map<String, T> byName(List<T> records, Function<T, String> name) {
    return records.stream().collect(Collectors.toMap(name, r -> r));
  }

  /**
   * Forks the sub-folders in batches of at least {@link #BATCH}, and no more than four per thread:
   * each batch opens their parent once, so a folder of a thousand posts goes out in a few large tasks.
   */
  private List<FolderBatch> fork(SiteFolder parent, List<FolderEntry> folders) {
    if (folders.isEmpty()) {
      return List.of();
    }
    int size = Math.max(BATCH, (folders.size() + 4 * threads - 1) / (4 * threads));
    List<FolderBatch> batches = new ArrayList<>();
    for (int from = 0; from < folders.size(); from += size) {
      FolderBatch batch = new FolderBatch(parent, folders.subList(from, Math.min(folders.size(), from + size)));
      batch.fork();
      batches.add(batch);
    }
    return batches;
  }

  /** Runs a folder's pages, in batches of {@link #BATCH} forked to the pool when there are more. */
  private List<PageTask.Done> runPages(List<PageTask> pages) {
    if (pages.size() <= BATCH) {
      List<PageTask.Done> done = new ArrayList<>(pages.size());
      for (PageTask p : pages) {
        done.add(p.run(run));
      }
      return done;
    }
    List<ForkJoinTask<List<PageTask.Done>>> batches = new ArrayList<>();
    for (int from = 0; from < pages.size(); from += BATCH) {
      List<PageTask> some = pages.subList(from, Math.min(pages.size(), from + BATCH));
      batches.add(ForkJoinTask.adapt(() -> runPages(some)));
    }
    List<PageTask.Done> done = new ArrayList<>(pages.size());
    ForkJoinTask.invokeAll(batches).forEach(b -> done.addAll(b.join()));
    return done;
  }
}
