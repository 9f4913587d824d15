package nl.geokern.jsonld.html;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
    assertTrue(Files.readString(manifest).startsWith(SiteInjector.MANIFEST_HEADER + "\tgeo 1 cfg=a\n"));

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

  @Test
  void run_manifest_racyEntry_isReadAgain() throws IOException {
    Path root = site();
    Path manifest = dir.resolve("m.tsv");
    SiteInjector.create(1, manifest, "f").run(root, SiteInjectorTest::content);
    Path page = root.resolve("blog/a/index.htm");
    FileTime recorded = Files.getLastModifiedTime(page);
    // an edit of the same size within the same timestamp tick: size and time stay as recorded
    String edited = Files.readString(page).replace("<title>a</title>", "<title>b</title>");
    Files.writeString(page, edited);
    Files.setLastModifiedTime(page, recorded);
    // the manifest was written in that tick too, so the entry cannot be trusted
    Files.setLastModifiedTime(manifest, recorded);
    SiteInjectionResult r = SiteInjector.create(1, manifest, "f").run(root, SiteInjectorTest::content);
    assertEquals(0, r.skippedByManifest()); // both pages count as written in the manifest's tick
    assertEquals(2, r.unchanged());
    assertEquals(edited, Files.readString(page)); // read again, found with its block: nothing to write
  }

  @Test
  void run_manifestOfAnOlderFormat_isDiscardedWithReason() throws IOException {
    Path root = site();
    Path manifest = dir.resolve("m.tsv");
    Files.writeString(manifest, "# geo inject manifest v1\tf\nindex.html\tabc\tdef\n");
    SiteInjectionResult r = SiteInjector.create(1, manifest, "f").run(root, SiteInjectorTest::content);
    assertEquals("manifest format changed (was \"# geo inject manifest v1\", now \""
        + SiteInjector.MANIFEST_HEADER + "\"): all pages processed", r.manifestStatus());
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
  void run_keepsPosixPermissions() throws IOException {
    Path root = site();
    Path index = root.resolve("index.html");
    if (Files.getFileAttributeView(index, java.nio.file.attribute.PosixFileAttributeView.class) == null) {
      return;
    }
    Files.setPosixFilePermissions(index, PosixFilePermissions.fromString("rw-r-----"));
    SiteInjector.create(1).run(root, SiteInjectorTest::content);
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(index)));
  }

  @Test
  void run_reportsHandWrittenJsonLd() throws IOException {
    Path root = site();
    Files.writeString(root.resolve("faq.html"),
        "<head><script type=application/ld+json>{\"@type\":\"FAQPage\"}</script></head>", UTF_8);
    SiteInjectionResult r = SiteInjector.create(2).run(root, SiteInjectorTest::content);
    assertEquals(1, r.existingJsonLd().size());
    assertEquals("{\"@type\":\"FAQPage\"}", r.existingJsonLd().get("faq.html").get(0).text());
  }
}
