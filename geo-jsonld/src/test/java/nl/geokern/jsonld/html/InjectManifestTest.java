package nl.geokern.jsonld.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InjectManifestTest {

  @TempDir
  Path dir;

  /** A manifest of {@code n} folders with one page each. */
  private static String manifest(int n) {
    StringBuilder sb = new StringBuilder(InjectManifest.HEADER).append("\tf\n# graphs\tk\n");
    sb.append("d\t1\t=\t\nd\t1\t=\tblog\n");
    for (int i = 0; i < n; i++) {
      sb.append("d\t").append(1_700_000_000_000_000_000L + i).append("\t=\tblog/").append(folder(i)).append('\n');
      sb.append("p\t").append(30_000 + i).append('\t').append(1_700_000_000_000_000_000L + i).append('\t')
          .append("0".repeat(63)).append(i % 10).append("\tindex.html\n");
    }
    return sb.toString();
  }

  /** The recorded folder at this relative path ({@code ""} for the site), or null. */
  private static InjectManifest.Known folder(InjectManifest manifest, String rel) {
    InjectManifest.Known k = manifest.root();
    if (k == null || rel.isEmpty()) {
      return k;
    }
    for (String name : rel.split("/", -1)) {
      k = k.child(name);
      if (k == null) {
        return null;
      }
    }
    return k;
  }

  /** The name of folder {@code i} in {@link #manifest}, in the order the manifest's folders must have. */
  private static String folder(int i) {
    return String.format(java.util.Locale.ROOT, "p%05d", i);
  }

  @Test
  void read_givesEveryRecordAsWritten() throws IOException {
    Path m = dir.resolve("m.tsv");
    Files.writeString(m, manifest(3000));
    InjectManifest read = InjectManifest.read(m, "f");
    assertEquals("manifest " + m + " used (3000 pages recorded)", read.status());
    assertEquals(3002, read.folderCount());
    assertTrue(read.sameGraphs(Optional.of("k")));
    for (int i : new int[] {0, 1499, 2999}) {
      assertEquals(List.of(new InjectManifest.Page("index.html", 30_000 + i, 1_700_000_000_000_000_000L + i,
          "0".repeat(63) + (i % 10))), folder(read, "blog/" + folder(i)).folder().pages());
    }
    assertEquals(3000, folder(read, "blog").children().size());
  }

  @Test
  void write_thenRead_givesTheSameTree_whateverTheNames() throws IOException {
    Map<String, InjectManifest.Folder> folders = new HashMap<>();
    List<String> paths = List.of("", "a", "a-b", "a/c", "a/c/d", "a.b", "a%b", "a%b/x\ty", "a b", "a b/é", "z", "a/c-d", "a/c/d/e");
    for (int i = 0; i < paths.size(); i++) {
      folders.put(paths.get(i), new InjectManifest.Folder(1_000 + i, i % 3 != 0, List.of(
          new InjectManifest.Page("index.html", i, 2_000 + i, "h" + i),
          new InjectManifest.Page("p%" + i + "\n.html", -1, 0, InjectManifest.NO_GRAPH))));
    }
    Path m = dir.resolve("m.tsv");
    InjectManifest.write(m, "f", Optional.of("k"), folders);
    InjectManifest read = InjectManifest.read(m, "f");
    assertEquals("manifest " + m + " used (" + 2 * paths.size() + " pages recorded)", read.status());
    assertEquals(paths.size(), read.folderCount());
    for (String path : paths) {
      InjectManifest.Known k = folder(read, path);
      assertEquals(path, k.rel());
      InjectManifest.Folder want = folders.get(path);
      assertEquals(want.time(), k.folder().time(), path);
      assertEquals(want.listable(), k.folder().listable(), path);
      assertEquals(Set.copyOf(want.pages()), Set.copyOf(k.folder().pages()), path);
    }
    assertEquals(List.of("a", "a b", "a%b", "a-b", "a.b", "z"),
        read.root().children().stream().map(InjectManifest.Known::name).toList());
    assertEquals(List.of("c", "c-d"), folder(read, "a").children().stream().map(InjectManifest.Known::name).toList());
    assertNull(folder(read, "a/x"));
    assertNull(folder(read, "b"));
  }

  @Test
  void read_folderOutOfOrderOrWithoutItsParent_isDamaged() throws IOException {
    String head = InjectManifest.HEADER + "\tf\n# graphs\tk\n";
    for (String folders : List.of("d\t1\t=\t\nd\t1\t=\ta-b\nd\t1\t=\ta\n", // a-b before a
        "d\t1\t=\t\nd\t1\t=\ta\nd\t1\t=\ta\n", // twice
        "d\t1\t=\t\nd\t1\t=\ta/b\n", // a/b without a
        "d\t1\t=\ta\n")) { // no site folder
      Path m = dir.resolve("m.tsv");
      Files.writeString(m, head + folders);
      assertTrue(InjectManifest.read(m, "f").status().contains(" is damaged at line "), folders);
    }
  }

  @Test
  void read_namesThatLeaveTheirFolder_orAreNotUtf8_makeItDamaged() throws IOException {
    String head = InjectManifest.HEADER + "\tf\n# graphs\tk\nd\t1\t=\t\n";
    for (String lines : List.of("d\t1\t=\t..\n", "d\t1\t=\t.\n", "d\t1\t=\ta\nd\t1\t=\ta/\n",
        "d\t1\t=\ta\nd\t1\t=\ta/..\n", "p\t1\t1\th\t..\n", "p\t1\t1\th\ta/b.html\n",
        "p\t1\t1\th\t\n", "p\t1\t1\th\ta\u0000.html\n")) {
      Path m = dir.resolve("m.tsv");
      Files.writeString(m, head + lines);
      int line = 3 + (int) lines.chars().filter(c -> c == '\n').count(); // the last line is the bad one
      assertEquals("manifest " + m + " is damaged at line " + line
          + " (expected a folder or page record): all pages processed", InjectManifest.read(m, "f").status(), lines);
    }
    Path m = dir.resolve("m.tsv");
    byte[] good = (head + "d\t1\t=\tcaf\u00e9\np\t1\t1\th\t\u00fc.html\n").getBytes(StandardCharsets.UTF_8);
    Files.write(m, good);
    InjectManifest read = InjectManifest.read(m, "f");
    assertEquals("\u00fc.html", folder(read, "caf\u00e9").page(0).name());
    byte[] latin1 = (head + "d\t1\t=\tcaf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
    Files.write(m, latin1);
    assertTrue(InjectManifest.read(m, "f").status().contains(" is damaged at line 4 "));
  }

  @Test
  void read_fingerprintAndKeyOutsideAscii_matchAsWritten() throws IOException {
    Path m = dir.resolve("m.tsv");
    String fingerprint = "geo 1 base=/home/caf\u00e9 \u2713 \ud83d\ude00";
    InjectManifest.write(m, fingerprint, Optional.of("sleutel \u00e9\t2"), Map.of("", new InjectManifest.Folder(1, true,
        List.of(new InjectManifest.Page("\u00fc.html", 3, 4, "h")))));
    InjectManifest read = InjectManifest.read(m, fingerprint);
    assertTrue(read.status().startsWith("manifest " + m + " used (1 pages recorded)"), read.status());
    assertTrue(read.sameGraphs(Optional.of("sleutel \u00e9\t2")));
    assertEquals(new InjectManifest.Page("\u00fc.html", 3, 4, "h"), read.root().page(0));
    assertTrue(InjectManifest.read(m, "geo 1 base=/home/cafe").status().startsWith("fingerprint changed"));
  }

  @Test
  void read_pagesAreMadeFromTheTable_asWritten() throws IOException {
    Path m = dir.resolve("m.tsv");
    Files.writeString(m, InjectManifest.HEADER + "\tf\n# graphs\tk\nd\t1\t=\t\np\t10\t-3\t!\ta.html\n"
        + "p\t11\t4\t-\tb.html\nd\t2\t!\tx\np\t12\t5\tabc\tindex.html\n");
    InjectManifest read = InjectManifest.read(m, "f");
    InjectManifest.Known site = read.root();
    assertEquals(2, site.pageCount());
    assertEquals(new InjectManifest.Page("a.html", 10, -3, InjectManifest.AGAIN), site.page(0));
    assertEquals(new InjectManifest.Page("b.html", 11, 4, InjectManifest.NO_GRAPH), site.page(1));
    assertEquals("b.html", site.pageName(1));
    InjectManifest.Known x = folder(read, "x");
    assertEquals(new InjectManifest.Folder(2, false, List.of(new InjectManifest.Page("index.html", 12, 5, "abc"))),
        x.folder());
    assertEquals("x", x.rel());
    org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class, () -> x.page(1));
  }

  @Test
  void read_pageNames_areUnescapedEachTime_evenWhenTheyRepeat() throws IOException {
    Path m = dir.resolve("m.tsv");
    Files.writeString(m, InjectManifest.HEADER + "\tf\n# graphs\tk\nd\t1\t=\t\n"
        + "p\t1\t1\th\ta%25b.html\nd\t1\t=\tx\np\t1\t1\th\ta%25b.html\nd\t1\t=\ty\np\t1\t1\th\ta%b.html\n");
    assertTrue(InjectManifest.read(m, "f").status().contains(" is damaged at line 8 "));
    Files.writeString(m, InjectManifest.HEADER + "\tf\n# graphs\tk\nd\t1\t=\t\n"
        + "p\t1\t1\th\ta%25b.html\nd\t1\t=\tx\np\t1\t1\th\ta%25b.html\n");
    InjectManifest read = InjectManifest.read(m, "f");
    assertEquals("a%b.html", folder(read, "x").folder().pages().get(0).name());
  }

  @Test
  void read_damagedLine_isReportedWithItsLineNumber() throws IOException {
    Path m = dir.resolve("m.tsv");
    String text = manifest(3000);
    int line = 2 + 2 + 2 * 2500 + 2; // header, graphs, site and blog folders, 2500 folders with a page, then folder 2500's page
    List<String> lines = new java.util.ArrayList<>(text.lines().toList());
    lines.set(line - 1, lines.get(line - 1).replace("p\t32500\t", "p\tx\t"));
    Files.writeString(m, String.join("\n", lines) + "\n");
    assertEquals("manifest " + m + " is damaged at line " + line + " (expected a folder or page record): all pages"
        + " processed", InjectManifest.read(m, "f").status());
  }

  @Test
  void read_isTrustedOnlyBeforeTheManifestsOwnTime() throws IOException {
    Path m = dir.resolve("m.tsv");
    Files.writeString(m, InjectManifest.HEADER + "\tf\n# graphs\t\nd\t5\t=\t\n");
    Files.setLastModifiedTime(m, FileTime.fromMillis(10_000));
    InjectManifest read = InjectManifest.read(m, "f");
    assertTrue(read.trusts(5, FileTime.from(5, java.util.concurrent.TimeUnit.NANOSECONDS)));
    assertTrue(!read.trusts(5, FileTime.from(6, java.util.concurrent.TimeUnit.NANOSECONDS))); // changed since
    long racy = 10_000_000_000L; // the manifest's own time, in nanoseconds
    assertTrue(!read.trusts(racy, FileTime.from(racy, java.util.concurrent.TimeUnit.NANOSECONDS)));
  }
}
