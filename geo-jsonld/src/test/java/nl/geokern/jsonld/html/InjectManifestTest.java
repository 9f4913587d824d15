package nl.geokern.jsonld.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InjectManifestTest {

  @TempDir
  Path dir;

  /** A manifest of {@code n} folders with one page each. */
  private static String manifest(int n) {
    StringBuilder sb = new StringBuilder(InjectManifest.HEADER).append("\tf\n# graphs\tk\n");
    sb.append("d\t1\t=\t\n");
    for (int i = 0; i < n; i++) {
      sb.append("d\t").append(1_700_000_000_000_000_000L + i).append("\t=\tblog/p").append(i).append('\n');
      sb.append("p\t").append(30_000 + i).append('\t').append(1_700_000_000_000_000_000L + i).append('\t')
          .append("0".repeat(63)).append(i % 10).append("\tindex.html\n");
    }
    return sb.toString();
  }

  @Test
  void read_givesEveryRecordAsWritten() throws IOException {
    Path m = dir.resolve("m.tsv");
    Files.writeString(m, manifest(3000));
    InjectManifest read = InjectManifest.read(m, "f");
    assertEquals("manifest " + m + " used (3000 pages recorded)", read.status());
    assertEquals(3001, read.folderCount());
    assertTrue(read.sameGraphs(Optional.of("k")));
    for (int i : new int[] {0, 1499, 2999}) {
      assertEquals(List.of(new InjectManifest.Page("index.html", 30_000 + i, 1_700_000_000_000_000_000L + i,
          "0".repeat(63) + (i % 10))), read.folder("blog/p" + i).pages());
    }
    assertEquals(3000, read.foldersIn("blog").size());
  }

  @Test
  void read_damagedLine_isReportedWithItsLineNumber() throws IOException {
    Path m = dir.resolve("m.tsv");
    String text = manifest(3000);
    int line = 2 + 1 + 2 * 2500 + 2; // header, graphs, root folder, 2500 folders with a page, then folder 2500's page
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
