package nl.geokern.jsonld.html;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class SiteInjectorTest {

  private static final String J = "{\"@type\":\"WebPage\"}";

  @TempDir
  Path dir;

  private Path site() throws IOException {
    Path root = dir.resolve("site");
    Files.createDirectories(root.resolve("blog/a"));
    Files.writeString(root.resolve("index.html"), "<html><head><title>home</title></head><body>x</body></html>");
    Files.writeString(root.resolve("blog/a/index.htm"), "<title>a</title><p>a");
    Files.writeString(root.resolve("404.html"), "<p>not found");
    Files.writeString(root.resolve("style.css"), "p{}");
    return root;
  }

  private static Optional<String> content(String rel) {
    return rel.equals("404.html") ? Optional.empty() : Optional.of(J);
  }

  @Test
  void run_injectsPagesWithContentAndCountsTheRest() throws IOException {
    Path root = site();
    SiteInjectionResult r = SiteInjector.create(3).run(root, SiteInjectorTest::content);
    assertEquals(3, r.scanned());
    assertEquals(2, r.changed());
    assertEquals(0, r.unchanged());
    assertEquals(1, r.withoutContent());
    assertEquals(0, r.failed());
    assertEquals("<html><head><title>home</title>" + HtmlInjector.OPEN_TAG + J
        + "</script></head><body>x</body></html>", Files.readString(root.resolve("index.html")));
    assertEquals("<p>not found", Files.readString(root.resolve("404.html")));
    try (Stream<Path> s = Files.list(root)) {
      assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".geo-tmp")), "no temp files left");
    }
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {1, 2})
  void run_writesWhatHtmlInjectorMakes(int threads) throws IOException {
    // the page is written as its three parts (before the block, the block, after it): every shape
    Path root = dir.resolve("shapes");
    Files.createDirectories(root);
    String other = "{\"@type\":\"Thing\",\"name\":\"an older and longer graph than the new one\"}";
    List<String> pages = List.of(
        "<html><head><title>t</title></head><body>x</body></html>",
        "<head>" + HtmlInjector.OPEN_TAG + other + "</script></head><p>replaced by a shorter block",
        "<head>" + HtmlInjector.OPEN_TAG + "{}</script></head><p>replaced by a longer block",
        "\uFEFF<!DOCTYPE html>\r\n<html>\r\n<head>\r\n<meta charset=\"utf-8\">\r\n</head>\r\n<body>\r\n</body>",
        "<p>no head at all",
        "",
        "<head></head>" + "<p>long body ".repeat(20_000));
    for (int i = 0; i < pages.size(); i++) {
      Files.writeString(root.resolve("p" + i + ".html"), pages.get(i));
    }
    SiteInjectionResult r = SiteInjector.create(threads).run(root, rel -> Optional.of(J));
    assertEquals(pages.size(), r.changed());
    for (int i = 0; i < pages.size(); i++) {
      byte[] expected = HtmlInjector.create().inject(pages.get(i).getBytes(UTF_8), J).output();
      org.junit.jupiter.api.Assertions.assertArrayEquals(expected, Files.readAllBytes(root.resolve("p" + i + ".html")),
          "page " + i);
    }
  }

  @Test
  void run_secondRun_writesNothing() throws IOException {
    Path root = site();
    SiteInjector.create(2).run(root, SiteInjectorTest::content);
    Path index = root.resolve("index.html");
    FileTime before = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(index, before);
    SiteInjectionResult r = SiteInjector.create(2).run(root, SiteInjectorTest::content);
    assertEquals(0, r.changed());
    assertEquals(2, r.unchanged());
    assertEquals(before, Files.getLastModifiedTime(index));
  }

  @Test
  void run_manifest_skipsUnchangedPagesAndResetsOnNewFingerprint() throws IOException {
    Path root = site();
    Path manifest = dir.resolve("target/geo/inject-manifest.tsv");
    SiteInjectionResult first = SiteInjector.create(2, manifest, "geo 1 cfg=a").run(root, SiteInjectorTest::content);
    assertEquals(2, first.changed());
    assertTrue(first.manifestStatus().startsWith("no manifest"), first.manifestStatus());
    assertTrue(Files.readString(manifest).startsWith(InjectManifest.HEADER + "\tgeo 1 cfg=a\n"));

    SiteInjectionResult second = SiteInjector.create(2, manifest, "geo 1 cfg=a").run(root, SiteInjectorTest::content);
    assertEquals(2, second.skippedByManifest());
    assertEquals(2, second.unchanged());
    assertEquals(0, second.changed());

    // a page edited by hand no longer matches its recorded hash and is processed again
    Files.writeString(root.resolve("blog/a/index.htm"), "<title>b</title><p>b");
    SiteInjectionResult third = SiteInjector.create(2, manifest, "geo 1 cfg=a").run(root, SiteInjectorTest::content);
    assertEquals(1, third.skippedByManifest());
    assertEquals(1, third.changed());

    SiteInjectionResult fourth = SiteInjector.create(2, manifest, "geo 2 cfg=a").run(root, SiteInjectorTest::content);
    assertEquals(0, fourth.skippedByManifest());
    assertEquals(2, fourth.unchanged());
    assertEquals("fingerprint changed (was \"geo 1 cfg=a\", now \"geo 2 cfg=a\"): all pages processed",
        fourth.manifestStatus());
  }

  @Test
  void run_manifest_touchedPage_isScannedButNotWritten() throws IOException {
    Path root = site();
    Path manifest = dir.resolve("m.tsv");
    SiteInjector.create(1, manifest, "f").run(root, SiteInjectorTest::content);
    Path index = root.resolve("index.html");
    byte[] before = Files.readAllBytes(index);
    Files.setLastModifiedTime(index, FileTime.fromMillis(1_000_000L));
    SiteInjectionResult r = SiteInjector.create(1, manifest, "f").run(root, SiteInjectorTest::content);
    assertEquals(1, r.skippedByManifest());
    assertEquals(2, r.unchanged());
    assertEquals(0, r.changed());
    assertEquals(FileTime.fromMillis(1_000_000L), Files.getLastModifiedTime(index));
    assertEquals(new String(before, UTF_8), Files.readString(index));
    // the new time is recorded: the third run skips both pages unread
    assertEquals(2, SiteInjector.create(1, manifest, "f").run(root, SiteInjectorTest::content).skippedByManifest());
  }

  /** A site of one page, {@code one/a.html}, injected once with the manifest {@code m.tsv}; the page. */
  private Path onePageInjected() throws IOException {
    Path root = dir.resolve("one");
    Files.createDirectories(root);
    Path page = root.resolve("a.html");
    Files.writeString(page, "<title>a</title><p>a");
    SiteInjector.create(1, dir.resolve("m.tsv"), "f").run(root, SiteInjectorTest::content);
    return page;
  }

  @Test
  void run_manifest_racyEntry_isReadAgain() throws IOException {
    Path page = onePageInjected();
    Path root = page.getParent();
    Path manifest = dir.resolve("m.tsv");
    FileTime recorded = Files.getLastModifiedTime(page);
    // an edit of the same size within the same timestamp tick: size and time stay as recorded
    String edited = Files.readString(page).replace("<title>a</title>", "<title>b</title>");
    Files.writeString(page, edited.replace(J, "{\"@type\":\"WebPagX\"}"));
    Files.setLastModifiedTime(page, recorded);
    // the manifest was written in that tick too, so the entry cannot be trusted
    Files.setLastModifiedTime(manifest, recorded);
    SiteInjectionResult r = SiteInjector.create(1, manifest, "f").run(root, SiteInjectorTest::content);
    assertEquals(0, r.skippedByManifest());
    assertEquals(1, r.changed()); // read again: its block was edited, so geo's block is written back
    assertEquals(edited, Files.readString(page));
  }

  @Test
  void run_manifest_racyEntryFoundUnchanged_isTrustedAfterTheManifestIsWrittenAgain() throws IOException {
    Path page = onePageInjected();
    Path root = page.getParent();
    Path manifest = dir.resolve("m.tsv");
    // the folder older than the manifest (trusted), the page written in the manifest's own tick (racy)
    long now = System.currentTimeMillis() / 1000 * 1000;
    FileTime folderTime = FileTime.fromMillis(now - 120_000);
    FileTime pageTime = FileTime.fromMillis(now - 60_000);
    Files.setLastModifiedTime(page, pageTime);
    Files.setLastModifiedTime(root, folderTime);
    String text = Files.readString(manifest)
        .replaceFirst("(?m)^d\t-?\\d+\t", "d\t" + InjectManifest.nanos(folderTime) + "\t")
        .replaceFirst("(?m)^(p\t\\d+\t)-?\\d+\t", "$1" + InjectManifest.nanos(pageTime) + "\t");
    Files.writeString(manifest, text);
    Files.setLastModifiedTime(manifest, pageTime);

    SiteInjectionResult racy = SiteInjector.create(1, manifest, "f").run(root, SiteInjectorTest::content);
    assertEquals(0, racy.skippedByManifest());
    assertEquals(1, racy.unchanged());
    assertTrue(Files.getLastModifiedTime(manifest).compareTo(pageTime) > 0, "the manifest is written again");
    assertEquals(1, SiteInjector.create(1, manifest, "f").run(root, SiteInjectorTest::content).skippedByManifest());
  }

  @Test
  void run_manifestOfAnOlderFormat_isDiscardedWithReason() throws IOException {
    Path root = site();
    Path manifest = dir.resolve("m.tsv");
    Files.writeString(manifest, "# geo inject manifest v1\tf\nindex.html\tabc\tdef\n");
    SiteInjectionResult r = SiteInjector.create(1, manifest, "f").run(root, SiteInjectorTest::content);
    assertEquals("manifest format changed (was \"# geo inject manifest v1\", now \""
        + InjectManifest.HEADER + "\"): all pages processed", r.manifestStatus());
    assertEquals(2, r.changed());
  }

  @Test
  void run_changedGraph_rewritesDespiteManifest() throws IOException {
    Path root = site();
    Path manifest = dir.resolve("m.tsv");
    SiteInjector.create(1, manifest, "f").run(root, SiteInjectorTest::content);
    SiteInjectionResult r = SiteInjector.create(1, manifest, "f")
        .run(root, rel -> content(rel).map(j -> "{\"@type\":\"Blog\"}"));
    assertEquals(2, r.changed());
    assertTrue(Files.readString(root.resolve("index.html")).contains("{\"@type\":\"Blog\"}</script></head>"));
  }

  @Test
  void run_failingPage_isReportedWithPath() throws IOException {
    Path root = site();
    Files.write(root.resolve("utf16.html"), "\uFEFF<p>x".getBytes(java.nio.charset.StandardCharsets.UTF_16BE));
    SiteInjectionResult r = SiteInjector.create(2).run(root, SiteInjectorTest::content);
    assertEquals(1, r.failed());
    assertEquals("utf16.html", r.failures().get(0).path());
    assertTrue(r.failures().get(0).message().contains("UTF-16BE"), r.failures().get(0).message());
  }

  @Test
  void run_keepsPosixPermissions_alsoThoseTheUmaskWouldRemove() throws IOException {
    Path root = site();
    Path index = root.resolve("index.html");
    assumeTrue(Files.getFileAttributeView(index, java.nio.file.attribute.PosixFileAttributeView.class) != null,
        "no POSIX permissions on this file system");
    // the second is wider than the usual umask lets a new file be: it takes a chmod after the write
    for (String perms : List.of("rw-r-----", "rw-rw-rw-")) {
      Files.writeString(index, "<title>" + perms + "</title>");
      Files.setPosixFilePermissions(index, PosixFilePermissions.fromString(perms));
      SiteInjector.create(1).run(root, SiteInjectorTest::content);
      assertTrue(Files.readString(index).contains(HtmlInjector.OPEN_TAG));
      assertEquals(perms, PosixFilePermissions.toString(Files.getPosixFilePermissions(index)));
    }
  }

  @Test
  void run_reportsHandWrittenJsonLd() throws IOException {
    Path root = site();
    Files.writeString(root.resolve("faq.html"),
        "<head><script type=application/ld+json>{\"@type\":\"FAQPage\"}</script></head>", UTF_8);
    SiteInjectionResult r = SiteInjector.create(2).run(root, SiteInjectorTest::content);
    assertEquals(1, r.existingJsonLd().size());
    assertEquals("{\"@type\":\"FAQPage\"}", r.existingJsonLd().get("faq.html").get(0).text());
    // the result is a value: the lists in it cannot be changed either
    org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
        () -> r.existingJsonLd().get("faq.html").clear());
  }

  @Test
  void run_manifest_newPagesInKnownAndNewFolders_areFound() throws IOException {
    Path root = site();
    Path manifest = dir.resolve("m.tsv");
    SiteInjector.create(2, manifest, "f").run(root, SiteInjectorTest::content);
    Files.writeString(root.resolve("blog/a/more.html"), "<title>more</title>");
    Files.createDirectories(root.resolve("blog/b/deep"));
    Files.writeString(root.resolve("blog/b/deep/index.html"), "<title>b</title>");
    SiteInjectionResult r = SiteInjector.create(2, manifest, "f").run(root, SiteInjectorTest::content);
    assertEquals(5, r.scanned());
    assertEquals(2, r.changed());
    assertEquals(2, r.skippedByManifest());
    assertTrue(Files.readString(root.resolve("blog/b/deep/index.html")).contains(HtmlInjector.OPEN_TAG));
    assertEquals(5, SiteInjector.create(2, manifest, "f").run(root, SiteInjectorTest::content).skippedByManifest()
        + 1, "four pages with graphs skipped, the 404 page without one");
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {1, 3})
  void run_manifest_manyLeafFolders_changesInAnyOfThemAreFound(int threads) throws IOException {
    // more leaf folders than one batch holds, so that they are visited by several tasks
    Path root = dir.resolve("many");
    for (int i = 0; i < 100; i++) {
      Files.createDirectories(root.resolve("p" + i));
      Files.writeString(root.resolve("p" + i + "/index.html"), "<title>" + i + "</title>");
    }
    Path manifest = dir.resolve("m.tsv");
    assertEquals(100, SiteInjector.create(threads, manifest, "f").run(root, SiteInjectorTest::content).changed());
    // older than the manifest: no entry is racy
    Files.setLastModifiedTime(manifest, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    assertEquals(100, SiteInjector.create(threads, manifest, "f").run(root, SiteInjectorTest::content).skippedByManifest());
    List<String> before = Files.readAllLines(manifest);
    FileTime rootTime = Files.getLastModifiedTime(root);

    Files.writeString(root.resolve("p50/more.html"), "<title>more</title>");
    Files.createDirectories(root.resolve("p77/deep"));
    Files.writeString(root.resolve("p77/deep/index.html"), "<title>deep</title>");
    Files.delete(root.resolve("p10/index.html"));
    Files.delete(root.resolve("p10"));
    // edited in place: the folder keeps its time, the page does not
    Path edited = root.resolve("p20/index.html");
    FileTime folderTime = Files.getLastModifiedTime(root.resolve("p20"));
    Files.writeString(edited, "<title>twenty, edited</title>");
    Files.setLastModifiedTime(root.resolve("p20"), folderTime);
    // a folder that became a file, and one that became a link to a folder, are no longer recorded
    for (String gone : List.of("p30", "p31")) {
      Files.delete(root.resolve(gone + "/index.html"));
      Files.delete(root.resolve(gone));
    }
    Files.writeString(root.resolve("p30"), "not a folder");
    Files.createSymbolicLink(root.resolve("p31"), root.resolve("p32"));
    // the site folder keeps its recorded time, as a file system with coarse times could leave it: it is
    // not listed, so its recorded leaves are each stat'ed, and those that are no longer folders dropped
    Files.setLastModifiedTime(root, rootTime);
    SiteInjectionResult r = SiteInjector.create(threads, manifest, "f").run(root, SiteInjectorTest::content);
    assertEquals(99, r.scanned());
    assertEquals(3, r.changed());
    assertEquals(96, r.skippedByManifest());
    assertEquals(0, r.failed());
    assertTrue(Files.readString(root.resolve("p50/more.html")).contains(HtmlInjector.OPEN_TAG));
    assertTrue(Files.readString(root.resolve("p77/deep/index.html")).contains(HtmlInjector.OPEN_TAG));
    assertTrue(Files.readString(edited).startsWith("<title>twenty, edited</title>" + HtmlInjector.OPEN_TAG));
    // the records of the pages found as recorded are written again as they were
    List<String> after = Files.readAllLines(manifest);
    for (int i : new int[] {0, 1, 49, 99}) {
      String folder = "d\t" + Files.getLastModifiedTime(root.resolve("p" + i)).to(TimeUnit.NANOSECONDS) + "\t=\tp" + i;
      int at = before.indexOf(folder);
      assertTrue(at > 0, folder);
      assertEquals(before.get(at + 1), after.get(after.indexOf(folder) + 1), folder);
    }
    for (String gone : List.of("p10", "p30", "p31")) {
      assertTrue(after.stream().noneMatch(l -> l.endsWith("\t" + gone)), gone);
    }

    Files.setLastModifiedTime(manifest, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    assertEquals(99, SiteInjector.create(threads, manifest, "f").run(root, SiteInjectorTest::content).skippedByManifest());
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {1, 3})
  void run_calledFromAnotherPoolsWorker_usesItsOwnThreads(int threads) throws Exception {
    // folders with more pages than a batch holds, so that their pages are spread over the threads
    Path root = dir.resolve("site");
    for (String folder : List.of("a/b", "c")) {
      Files.createDirectories(root.resolve(folder));
      for (int i = 0; i < 100; i++) {
        Files.writeString(root.resolve(folder + "/p" + i + ".html"), "<title>" + i + "</title>");
      }
    }
    Set<Thread> asking = java.util.concurrent.ConcurrentHashMap.newKeySet();
    Set<Thread> callers = java.util.concurrent.ConcurrentHashMap.newKeySet();
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(4);
    try {
      SiteInjectionResult r = pool.submit(() -> {
        callers.add(Thread.currentThread());
        return SiteInjector.create(threads).run(root, rel -> {
          asking.add(Thread.currentThread());
          return Optional.of(J);
        });
      }).get();
      assertEquals(200, r.changed());
      assertTrue(asking.size() >= 1 && asking.size() <= threads, asking.size() + " threads asked");
      assertTrue(asking.stream().noneMatch(callers::contains), "the caller's pool lends no thread");
    } finally {
      pool.shutdown();
    }
    // from a plain thread too: the pages are no one else's work, nor does the common pool take some
    asking.clear();
    SiteInjectionResult again = SiteInjector.create(threads).run(root, Optional.empty(), rel -> {
      asking.add(Thread.currentThread());
      return Optional.of(J);
    });
    assertEquals(200, again.unchanged());
    assertTrue(asking.size() >= 1 && asking.size() <= threads, asking.size() + " threads asked");
    assertTrue(!asking.contains(Thread.currentThread()), "the pages run in the injector's own threads");
    assertTrue(asking.stream().noneMatch(t -> t.getName().startsWith("ForkJoinPool.commonPool")), asking.toString());
  }

  @Test
  void run_manifestCutShort_processesEveryPage() throws IOException {
    Path root = site();
    Path manifest = dir.resolve("m.tsv");
    SiteInjector.create(1, manifest, "f").run(root, SiteInjectorTest::content);
    Files.setLastModifiedTime(manifest, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    assertEquals(2, SiteInjector.create(1, manifest, "f").run(root, SiteInjectorTest::content).skippedByManifest());
    // cut after the site folder's lines: what is left reads as a site without the blog folder
    List<String> lines = Files.readAllLines(manifest);
    Files.write(manifest, lines.subList(0, lines.indexOf("d\t" + Files.getLastModifiedTime(root.resolve("blog"))
        .to(TimeUnit.NANOSECONDS) + "\t=\tblog")));
    SiteInjectionResult r = SiteInjector.create(1, manifest, "f").run(root, SiteInjectorTest::content);
    assertEquals("manifest " + manifest + " is cut short (no end line): all pages processed", r.manifestStatus());
    assertEquals(3, r.scanned());
    assertEquals(0, r.skippedByManifest());
    assertEquals(2, r.unchanged());
  }

  @Test
  void run_manifest_removedPageAndFolder_areDropped() throws IOException {
    Path root = site();
    Path manifest = dir.resolve("m.tsv");
    SiteInjector.create(1, manifest, "f").run(root, SiteInjectorTest::content);
    Files.delete(root.resolve("blog/a/index.htm"));
    Files.delete(root.resolve("blog/a"));
    SiteInjectionResult r = SiteInjector.create(1, manifest, "f").run(root, SiteInjectorTest::content);
    assertEquals(2, r.scanned());
    assertEquals(0, r.failed());
    assertTrue(!Files.readString(manifest).contains("index.htm\n"), Files.readString(manifest));
  }

  @Test
  void run_manifest_folderWithItsRecordedTime_isNotListed() throws IOException {
    Path root = site();
    Path manifest = dir.resolve("m.tsv");
    SiteInjector.create(1, manifest, "f").run(root, SiteInjectorTest::content);
    // older than the manifest: no entry is racy
    Files.setLastModifiedTime(manifest, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    Path folder = root.resolve("blog/a");
    FileTime recorded = Files.getLastModifiedTime(folder);
    Files.writeString(folder.resolve("hidden.html"), "<title>h</title>");
    // put the folder's time back: its record then stands for a listing, which is what makes a run cheap
    Files.setLastModifiedTime(folder, recorded);
    assertEquals(3, SiteInjector.create(1, manifest, "f").run(root, SiteInjectorTest::content).scanned());
    Files.setLastModifiedTime(folder, FileTime.fromMillis(recorded.toMillis() - 60_000));
    assertEquals(4, SiteInjector.create(1, manifest, "f").run(root, SiteInjectorTest::content).scanned());
  }

  @Test
  void run_graphsKey_unchanged_graphsAreNotAskedFor() throws IOException {
    Path root = site();
    Path manifest = dir.resolve("m.tsv");
    java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
    java.util.function.Function<String, Optional<String>> graphs = rel -> {
      asked.incrementAndGet();
      return content(rel);
    };
    SiteInjector.create(2, manifest, "f").run(root, Optional.of("k1"), graphs);
    assertEquals(3, asked.getAndSet(0));
    SiteInjectionResult same = SiteInjector.create(2, manifest, "f").run(root, Optional.of("k1"), graphs);
    assertEquals(0, asked.getAndSet(0));
    assertEquals(2, same.skippedByManifest());
    assertEquals(1, same.withoutContent());

    Files.writeString(root.resolve("index.html"), "<title>new home</title>");
    SiteInjectionResult edited = SiteInjector.create(2, manifest, "f").run(root, Optional.of("k1"), graphs);
    assertEquals(1, asked.getAndSet(0), "only the edited page's graph is asked for");
    assertEquals(1, edited.changed());

    SiteInjectionResult newKey = SiteInjector.create(2, manifest, "f").run(root, Optional.of("k2"), graphs);
    assertEquals(3, asked.getAndSet(0));
    assertEquals(2, newKey.skippedByManifest(), "same graphs by hash: nothing read");

    // the key promises the same graphs: an edited page that had one and now gets none is a failure
    Files.writeString(root.resolve("index.html"), "<title>newer home</title>");
    SiteInjectionResult broken = SiteInjector.create(2, manifest, "f").run(root, Optional.of("k2"), rel -> Optional.empty());
    assertEquals(1, broken.failed());
    assertEquals("index.html", broken.failures().get(0).path());
    assertTrue(broken.failures().get(0).message().contains("no graph for index.html although the graphs key is unchanged"));
    assertEquals(1, broken.skippedByManifest());
  }

  @Test
  void run_manifest_folderWithANameThatIsNotText_isListedEachRunButTheManifestLeftAlone() throws Exception {
    Path root = site();
    // a page whose name is not UTF-8: Java reads it back as another name, so its folder is always listed
    Path odd = root.resolve("odd");
    Files.createDirectories(odd);
    Process touch = new ProcessBuilder("sh", "-c", "touch \"$(printf 'a\\377.html')\"").directory(odd.toFile()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(touch.waitFor() == 0, "no sh to make the file with");
    try (java.util.stream.Stream<Path> listed = Files.list(odd)) {
      Path page = listed.findFirst().orElseThrow();
      org.junit.jupiter.api.Assumptions.assumeFalse(odd.resolve(page.getFileName().toString()).equals(page),
          "the file name survives as text here (sun.jnu.encoding is not UTF-8)");
    }
    Path manifest = dir.resolve("m.tsv");
    SiteInjector.create(1, manifest, "f").run(root, SiteInjectorTest::content);
    Files.setLastModifiedTime(manifest, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    SiteInjector.create(1, manifest, "f").run(root, SiteInjectorTest::content);
    assertTrue(Files.readAllLines(manifest).contains("d\t" + Files.getLastModifiedTime(odd).to(TimeUnit.NANOSECONDS)
        + "\t!\todd"), "the folder is marked to be listed");
    FileTime settled = FileTime.fromMillis(System.currentTimeMillis() + 120_000);
    Files.setLastModifiedTime(manifest, settled);
    SiteInjectionResult r = SiteInjector.create(2, manifest, "f").run(root, SiteInjectorTest::content);
    assertEquals(3, r.skippedByManifest());
    assertEquals(settled, Files.getLastModifiedTime(manifest), "nothing changed, so the manifest was not written");

    Files.writeString(root.resolve("odd/new.html"), "<title>new</title>");
    SiteInjectionResult added = SiteInjector.create(2, manifest, "f").run(root, SiteInjectorTest::content);
    assertEquals(1, added.changed());
    assertTrue(Files.getLastModifiedTime(manifest).compareTo(settled) != 0, "a page was added: written again");
  }

  @Test
  void run_manifest_unchangedSite_leavesManifestAlone() throws IOException {
    Path root = site();
    Path manifest = dir.resolve("m.tsv");
    SiteInjector.create(1, manifest, "f").run(root, SiteInjectorTest::content);
    // settle entries written in the same tick as the manifest, then pin the manifest's time
    Files.setLastModifiedTime(manifest, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    SiteInjector.create(1, manifest, "f").run(root, SiteInjectorTest::content);
    FileTime settled = FileTime.fromMillis(System.currentTimeMillis() + 120_000);
    Files.setLastModifiedTime(manifest, settled);
    SiteInjectionResult r = SiteInjector.create(2, manifest, "f").run(root, SiteInjectorTest::content);
    assertEquals(2, r.skippedByManifest());
    assertEquals(settled, Files.getLastModifiedTime(manifest), "nothing changed, so the manifest was not written");
  }

  @Test
  void run_failedPage_isTriedAgainOnTheNextRun() throws IOException {
    Path root = site();
    Path manifest = dir.resolve("m.tsv");
    Files.write(root.resolve("utf16.html"), "\uFEFF<p>x".getBytes(java.nio.charset.StandardCharsets.UTF_16BE));
    assertEquals(1, SiteInjector.create(1, manifest, "f").run(root, Optional.of("k"), SiteInjectorTest::content).failed());
    assertEquals(1, SiteInjector.create(1, manifest, "f").run(root, Optional.of("k"), SiteInjectorTest::content).failed());
  }

  @Test
  void run_manifest_namesWithTabsNewlinesAndPercents_roundTrip() throws IOException {
    Path root = dir.resolve("odd");
    Files.createDirectories(root.resolve("50%\toff"));
    for (String name : List.of("a\tb.html", "line\nbreak.html", "100%25.html", "50%\toff/x\r.html")) {
      Files.writeString(root.resolve(name), "<title>" + name.length() + "</title>");
    }
    Path manifest = dir.resolve("m.tsv");
    assertEquals(4, SiteInjector.create(1, manifest, "f").run(root, SiteInjectorTest::content).changed());
    SiteInjectionResult again = SiteInjector.create(1, manifest, "f").run(root, SiteInjectorTest::content);
    assertEquals(4, again.scanned());
    assertEquals(0, again.changed());
    assertEquals(4, again.unchanged());
  }

  @Test
  void run_manifest_damagedLines_areProcessedAgain() throws IOException {
    Path root = site();
    Path manifest = dir.resolve("m.tsv");
    SiteInjector.create(1, manifest, "f").run(root, SiteInjectorTest::content);
    String text = Files.readString(manifest);
    Files.writeString(manifest, text.replaceFirst("(?m)^p\t\\d+", "p\tx"));
    SiteInjectionResult r = SiteInjector.create(1, manifest, "f").run(root, SiteInjectorTest::content);
    // a folder's record stands for its listing: one damaged line could hide a page, so none is trusted
    assertEquals("manifest " + manifest + " is damaged at line 5 (expected a folder or page record):"
        + " all pages processed", r.manifestStatus());
    assertEquals(3, r.scanned());
    assertEquals(0, r.skippedByManifest());
    assertEquals(2, r.unchanged());
    assertEquals(0, r.failed());
  }
}
