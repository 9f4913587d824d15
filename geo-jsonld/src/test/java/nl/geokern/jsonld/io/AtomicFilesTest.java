package nl.geokern.jsonld.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir
  Path dir;

  private List<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writeAtomically_newFile_createsItsFoldersAndWritesIt() throws IOException {
    Path report = dir.resolve("target/geo/report.json");
    assertTrue(AtomicFiles.writeAtomically(report, "{\"caf\u00e9\": 1}"));
    assertEquals("{\"caf\u00e9\": 1}", Files.readString(report, UTF_8));
    assertEquals(List.of("report.json"), names(report.getParent()), "no temporary file left");
  }

  @Test
  void writeAtomically_sameBytes_leavesTheFileAlone() throws IOException {
    Path file = dir.resolve("llms.txt");
    Files.writeString(file, "same");
    FileTime old = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(file, old);
    assertFalse(AtomicFiles.writeAtomically(file, "same"));
    assertEquals(old, Files.getLastModifiedTime(file));
    assertTrue(AtomicFiles.writeAtomically(file, "samE"));
    assertEquals("samE", Files.readString(file));
    assertTrue(AtomicFiles.writeAtomically(file, "longer than before"));
    assertEquals("longer than before", Files.readString(file));
  }

  @Test
  void replace_writesThePartsInOrder_andReturnsTheNewFilesAttributes() throws IOException {
    Path page = dir.resolve("index.html");
    Files.writeString(page, "old");
    byte[] page2 = "<head></head>".getBytes(UTF_8);
    BasicFileAttributes a = AtomicFiles.replace(page, ByteBuffer.wrap(page2, 0, 6),
        ByteBuffer.wrap("<x>".getBytes(UTF_8)), ByteBuffer.wrap(page2, 6, page2.length - 6), ByteBuffer.allocate(0));
    assertEquals("<head><x></head>", Files.readString(page));
    assertEquals(Files.size(page), a.size());
    assertEquals(Files.getLastModifiedTime(page), a.lastModifiedTime());
    assertEquals(List.of("index.html"), names(dir));
  }

  @Test
  void replace_keepsPosixPermissions_alsoThoseTheUmaskWouldRemove() throws IOException {
    Path file = dir.resolve("a.html");
    Files.writeString(file, "a");
    assumeTrue(Files.getFileAttributeView(file, PosixFileAttributeView.class) != null, "no POSIX permissions here");
    for (String perms : List.of("rw-r-----", "rw-rw-rw-", "r--------")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(perms));
      assertTrue(AtomicFiles.writeAtomically(file, perms));
      assertEquals(perms, Files.readString(file));
      assertEquals(perms, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
  }

  @Test
  void replace_link_replacesTheLinkNotWhatItPointsTo() throws IOException {
    Path elsewhere = dir.resolve("elsewhere.html");
    Files.writeString(elsewhere, "theirs");
    Path link = dir.resolve("page.html");
    Files.createSymbolicLink(link, elsewhere);
    AtomicFiles.replace(link, ByteBuffer.wrap("ours".getBytes(UTF_8)));
    assertTrue(Files.isRegularFile(link, LinkOption.NOFOLLOW_LINKS));
    assertEquals("ours", Files.readString(link));
    assertEquals("theirs", Files.readString(elsewhere));
  }

  @Test
  void replace_staleTemporaryFileOfTheSameName_writesUnderAnotherName() throws IOException {
    // left by a killed run of a process that had the same id and thread
    Path page = dir.resolve("index.html");
    Files.writeString(page, "old");
    Path stale = dir.resolve(".index.html." + ProcessHandle.current().pid() + "-" + Thread.currentThread().getId()
        + ".geo-tmp");
    Files.writeString(stale, "stale");
    AtomicFiles.replace(page, ByteBuffer.wrap("new".getBytes(UTF_8)));
    assertEquals("new", Files.readString(page));
    assertEquals("stale", Files.readString(stale), "not geo's to remove");
    assertEquals(List.of(stale.getFileName().toString(), "index.html"), names(dir));
  }

  @Test
  void replace_failingMove_leavesTheTargetAndNoTemporaryFile() throws IOException {
    // a folder in the way: the file is written, but cannot be renamed over a folder that holds something
    Path target = dir.resolve("taken");
    Files.createDirectories(target.resolve("inside"));
    assertThrows(IOException.class, () -> AtomicFiles.replace(target, ByteBuffer.wrap("x".getBytes(UTF_8))));
    assertTrue(Files.isDirectory(target.resolve("inside")));
    assertEquals(List.of("taken"), names(dir));
  }
}
