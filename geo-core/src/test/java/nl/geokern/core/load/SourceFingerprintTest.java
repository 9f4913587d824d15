package nl.geokern.core.load;

import nl.geokern.core.TestContent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFingerprintTest {

  @TempDir
  Path dir;

  private LoadOptions content() throws IOException {
    Path c = dir.resolve("content");
    Files.createDirectories(c.resolve("blog/2026"));
    Files.writeString(c.resolve("site.yaml"), TestContent.SITE);
    Files.writeString(c.resolve("personas.yaml"), TestContent.PERSONAS);
    Files.writeString(c.resolve("clusters.yaml"), TestContent.CLUSTERS);
    Files.writeString(c.resolve("blog/2026/a.md"), "---\ntitle: A\n---\nTekst.\n");
    return LoadOptions.defaults(c);
  }

  @Test
  void of_sameSources_sameFingerprint() throws IOException {
    LoadOptions o = content();
    Optional<String> first = SourceFingerprint.of(o);
    assertTrue(first.isPresent());
    assertEquals(64, first.get().length());
    assertEquals(first, SourceFingerprint.of(o));
  }

  @Test
  void of_everyKindOfChange_givesAnotherFingerprint() throws IOException {
    LoadOptions o = content();
    Path c = dir.resolve("content");
    List<String> seen = new java.util.ArrayList<>(List.of(SourceFingerprint.of(o).orElseThrow()));
    Files.writeString(c.resolve("blog/2026/a.md"), "---\ntitle: A\n---\nTekst!\n"); // a byte of a post
    seen.add(SourceFingerprint.of(o).orElseThrow());
    Files.move(c.resolve("blog/2026/a.md"), c.resolve("blog/2026/b.md")); // a post's name (its url)
    seen.add(SourceFingerprint.of(o).orElseThrow());
    Files.writeString(c.resolve("faq.yaml"), "items: []\n"); // a file that was missing
    seen.add(SourceFingerprint.of(o).orElseThrow());
    Files.writeString(c.resolve("site.yaml"), TestContent.SITE + "\n"); // a YAML file
    seen.add(SourceFingerprint.of(o).orElseThrow());
    seen.add(SourceFingerprint.of(o.withFaqHeadings(List.of("FAQ"))).orElseThrow()); // an option
    assertEquals(seen.size(), seen.stream().distinct().count(), seen.toString());
  }

  @Test
  void of_filesTheLoaderDoesNotRead_doNotCount() throws IOException {
    LoadOptions o = content();
    Path c = dir.resolve("content");
    String before = SourceFingerprint.of(o).orElseThrow();
    Files.write(c.resolve("blog/2026/photo.jpg"), new byte[] {1, 2, 3});
    Files.writeString(c.resolve("blog/2026/notes.txt"), "draft");
    assertEquals(before, SourceFingerprint.of(o).orElseThrow());
  }

  @Test
  void of_movedBetweenFiles_isNotTheSame() throws IOException {
    LoadOptions o = content();
    Path c = dir.resolve("content");
    Files.writeString(c.resolve("calendar.yaml"), "ab");
    Files.writeString(c.resolve("faq.yaml"), "c");
    String before = SourceFingerprint.of(o).orElseThrow();
    Files.writeString(c.resolve("calendar.yaml"), "a");
    Files.writeString(c.resolve("faq.yaml"), "bc");
    assertNotEquals(before, SourceFingerprint.of(o).orElseThrow());
  }

  @Test
  void of_unreadableSource_isEmpty() throws IOException {
    LoadOptions o = content();
    Files.createDirectories(dir.resolve("content/calendar.yaml")); // a folder where a file belongs
    assertEquals(Optional.empty(), SourceFingerprint.of(o));
  }
}
