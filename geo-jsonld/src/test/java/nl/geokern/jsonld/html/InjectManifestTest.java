package nl.geokern.jsonld.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InjectManifestTest {

  private static final String HEAD = InjectManifest.HEADER + "\tf\n# graphs\tk\n";

  @TempDir
  Path dir;

  /** A manifest of {@code n} folders under {@code blog} with one page each. */
  private static String manifest(int n) {
    StringBuilder sb = new StringBuilder(HEAD).append("d\t1\t=\t\nd\t1\t=\tblog\n");
    for (int i = 0; i < n; i++) {
      sb.append("d\t").append(1_700_000_000_000_000_000L + i).append("\t=\tblog/").append(folder(i)).append('\n');
      sb.append("p\t").append(30_000 + i).append('\t').append(1_700_000_000_000_000_000L + i).append('\t')
          .append("0".repeat(63)).append(i % 10).append("\tindex.html\n");
    }
    return sb.append("# end\n").toString();
  }

  /** The name of folder {@code i} in {@link #manifest}, in the order the manifest's folders must have. */
  private static String folder(int i) {
    return String.format(java.util.Locale.ROOT, "p%05d", i);
  }

  private InjectManifest read(String text) throws IOException {
    Path m = dir.resolve("m.tsv");
    Files.writeString(m, text);
    return InjectManifest.read(m, "f");
  }

  private String damaged(int line) {
    return "manifest " + dir.resolve("m.tsv") + " is damaged at line " + line
        + " (expected a folder or page record): all pages processed";
  }

  private static FolderRecord folder(String name, List<PageRecord> pages, FolderRecord... folders) {
    return new FolderRecord(name, 1_000 + name.length(), !name.startsWith("z"), pages, List.of(folders));
  }

  @Test
  void read_givesEveryRecordAsWritten() throws IOException {
    InjectManifest read = read(manifest(3000));
    assertEquals("manifest " + dir.resolve("m.tsv") + " used (3000 pages recorded)", read.status());
    assertTrue(read.sameGraphs(Optional.of("k")));
    FolderRecord blog = read.site().orElseThrow().folders().get(0);
    assertEquals(3000, blog.folders().size());
    for (int i : new int[] {0, 1499, 2999}) {
      assertEquals(new FolderRecord(folder(i), 1_700_000_000_000_000_000L + i, true,
          List.of(new PageRecord("index.html", 30_000 + i, 1_700_000_000_000_000_000L + i, "0".repeat(63) + (i % 10))),
          List.of()), blog.folders().get(i));
    }
  }

  @Test
  void write_thenRead_givesTheSameTree_whateverTheNames() throws IOException {
    List<PageRecord> pages = List.of(new PageRecord("index.html", 5, 2_000, "h"),
        new PageRecord("p%\n.html", -1, 0, PageRecord.NO_GRAPH), new PageRecord("q\t\r.html", -1, 0, PageRecord.AGAIN));
    FolderRecord site = folder("", pages,
        folder("a", pages, folder("c", List.of(), folder("d", pages)), folder("c-d", pages)),
        folder("a b", List.of(), folder("\u00e9", pages)),
        folder("a%b", pages, folder("x\ty", pages)),
        folder("a-b", pages),
        folder("a.b", List.of()),
        folder("z", pages));
    Path m = dir.resolve("target/geo/m.tsv");
    InjectManifest.write(m, "f \u2713", Optional.of("key \u00e9\t2"), site);
    InjectManifest read = InjectManifest.read(m, "f \u2713");
    assertEquals("manifest " + m + " used (27 pages recorded)", read.status());
    assertEquals(Optional.of(site), read.site());
    assertTrue(read.records(site, Optional.of("key \u00e9\t2")));
    assertFalse(read.records(site, Optional.of("key")));
    assertTrue(InjectManifest.read(m, "f").status().startsWith("fingerprint changed (was \"f \u2713\""));
  }

  @Test
  void read_folderOutOfOrderOrWithoutItsParent_isDamaged() throws IOException {
    for (String folders : List.of("d\t1\t=\t\nd\t1\t=\ta-b\nd\t1\t=\ta\n", // a-b before a
        "d\t1\t=\t\nd\t1\t=\ta\nd\t1\t=\ta\n", // twice
        "d\t1\t=\t\nd\t1\t=\ta/b\n", // a/b without a
        "d\t1\t=\t\nd\t1\t=\ta\nd\t1\t=\tb\nd\t1\t=\ta/c\n", // a/c after a's sibling
        "d\t1\t=\t\nd\t1\t=\t\n", // the site twice
        "d\t1\t=\ta\n")) { // no site folder
      int line = 2 + (int) folders.chars().filter(c -> c == '\n').count(); // the last folder is the bad one
      assertEquals(damaged(line), read(HEAD + folders + "# end\n").status(), folders);
    }
  }

  @Test
  void read_namesThatLeaveTheirFolder_makeItDamaged() throws IOException {
    for (String lines : List.of("d\t1\t=\t..\n", "d\t1\t=\t.\n", "d\t1\t=\ta\nd\t1\t=\ta/\n",
        "d\t1\t=\ta\nd\t1\t=\ta/..\n", "p\t1\t1\th\t..\n", "p\t1\t1\th\ta/b.html\n",
        "p\t1\t1\th\t\n", "p\t1\t1\th\ta\u0000.html\n")) {
      int line = 3 + (int) lines.chars().filter(c -> c == '\n').count(); // the last line is the bad one
      assertEquals(damaged(line), read(HEAD + "d\t1\t=\t\n" + lines + "# end\n").status(), lines);
    }
  }

  @Test
  void read_linesThatDoNotFit_makeItDamaged() throws IOException {
    for (String lines : List.of("p\t1\t1\th\tpage-before-any-folder.html\n", "d\t1\t=\t\np\tx\t1\th\ta.html\n",
        "d\t1\t=\t\np\t1\t1\th\n", "d\t1\t?\t\n", "d\t1\t=\t\n\n", "d\t1\t=\t\n# graphs\tlate\n",
        "d\t1\t=\t\np\t1\t1\th\ta%2.html\n", "d\t1\t=\t\np\t1\t1\th\ta%41.html\n")) {
      int line = 2 + (int) lines.chars().filter(c -> c == '\n').count();
      assertEquals(damaged(line), read(HEAD + lines + "# end\n").status(), lines);
    }
    assertEquals(damaged(5), read(HEAD + "d\t1\t=\t\n# end\nd\t1\t=\ta\n").status(), "a line after the end");
  }

  @Test
  void read_cutShort_isNotUsed() throws IOException {
    String whole = manifest(3);
    assertTrue(read(whole).status().endsWith("used (3 pages recorded)"));
    // cut between lines, or inside a page's name: every line left reads well, and only the end is missing
    int[] cuts = {whole.lastIndexOf("# end"), whole.lastIndexOf("d\t"), whole.lastIndexOf("index.html") + 5};
    for (int cut : cuts) {
      assertEquals("manifest " + dir.resolve("m.tsv") + " is cut short (no end line): all pages processed",
          read(whole.substring(0, cut)).status(), "cut at " + cut);
    }
  }

  @Test
  void read_bytesThatAreNotUtf8_makeItDamaged() throws IOException {
    Path m = dir.resolve("m.tsv");
    Files.write(m, (HEAD + "d\t1\t=\t\nd\t1\t=\tcaf\u00e9\n# end\n").getBytes(StandardCharsets.ISO_8859_1));
    assertEquals("manifest " + m + " is damaged (not UTF-8 text): all pages processed",
        InjectManifest.read(m, "f").status());
    Files.write(m, (HEAD + "d\t1\t=\t\nd\t1\t=\tcaf\u00e9\np\t1\t1\th\t\u00fc.html\n# end\n")
        .getBytes(StandardCharsets.UTF_8));
    FolderRecord cafe = InjectManifest.read(m, "f").site().orElseThrow().folders().get(0);
    assertEquals("caf\u00e9", cafe.name());
    assertEquals("\u00fc.html", cafe.pages().get(0).name());
  }

  @Test
  void read_pageNames_areUnescapedEachTime_evenWhenTheyRepeat() throws IOException {
    // a name read as written may be reused for the next page, but only where there was nothing to unescape
    String pages = "d\t1\t=\t\np\t1\t1\th\ta%2525b.html\nd\t1\t=\tx\np\t1\t1\th\ta%25b.html\n"
        + "d\t1\t=\ty\np\t1\t1\th\ta%25b.html\n";
    List<String> names = new ArrayList<>();
    FolderRecord site = read(HEAD + pages + "# end\n").site().orElseThrow();
    names.add(site.pages().get(0).name());
    site.folders().forEach(f -> names.add(f.pages().get(0).name()));
    assertEquals(List.of("a%25b.html", "a%b.html", "a%b.html"), names);
    assertEquals(damaged(10), read(HEAD + pages + "d\t1\t=\tz\np\t1\t1\th\ta%b.html\n# end\n").status());
  }

  @Test
  void read_damagedLine_isReportedWithItsLineNumber() throws IOException {
    // header, graphs, site and blog folders, 2500 folders with a page, then folder 2500's page
    int line = 2 + 2 + 2 * 2500 + 2;
    List<String> lines = new ArrayList<>(manifest(3000).lines().toList());
    lines.set(line - 1, lines.get(line - 1).replace("p\t32500\t", "p\tx\t"));
    assertEquals(damaged(line), read(String.join("\n", lines) + "\n").status());
  }

  @Test
  void read_otherFiles_areNotUsed_andSayWhy() throws IOException {
    Path m = dir.resolve("m.tsv");
    assertEquals("no manifest at " + m + " yet: all pages processed", InjectManifest.read(m, "f").status());
    assertEquals("manifest " + m + " is not a geo manifest: all pages processed", read("a,b\n").status());
    assertEquals("manifest format changed (was \"# geo inject manifest v4\", now \"" + InjectManifest.HEADER
        + "\"): all pages processed", read("# geo inject manifest v4\tf\n").status());
    assertEquals("fingerprint changed (was \"g\", now \"f\"): all pages processed",
        read(InjectManifest.HEADER + "\tg\n# end\n").status());
  }

  @Test
  void trusts_onlyTimesBeforeTheManifestsOwn() throws IOException {
    Path m = dir.resolve("m.tsv");
    Files.writeString(m, InjectManifest.HEADER + "\tf\n# graphs\t\nd\t5\t=\t\n# end\n");
    Files.setLastModifiedTime(m, FileTime.fromMillis(10_000));
    InjectManifest read = InjectManifest.read(m, "f");
    assertTrue(read.trusts(5, FileTime.from(5, TimeUnit.NANOSECONDS)));
    assertFalse(read.trusts(5, FileTime.from(6, TimeUnit.NANOSECONDS)), "changed since");
    long racy = 10_000_000_000L; // the manifest's own time, in nanoseconds
    assertFalse(read.trusts(racy, FileTime.from(racy, TimeUnit.NANOSECONDS)));
    assertFalse(InjectManifest.empty("none").trusts(5, FileTime.from(5, TimeUnit.NANOSECONDS)));
  }

  @Test
  void escape_roundTripsEveryCharacterTheManifestUses() {
    for (String s : List.of("", "plain/index.html", "%", "%25", "a\tb", "a\nb\rc", "%09", "\u00fc/\u00df.html")) {
      String e = InjectManifest.escape(s);
      assertTrue(e.indexOf('\t') < 0 && e.indexOf('\n') < 0 && e.indexOf('\r') < 0, e);
      assertEquals(s, InjectManifest.unescape(e));
    }
    assertThrows(IllegalArgumentException.class, () -> InjectManifest.unescape("a%2"));
    assertThrows(IllegalArgumentException.class, () -> InjectManifest.unescape("%41"));
  }
}
