package nl.geokern.core.load;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * Whatever bytes a content file holds, loading reports findings and never throws: broken YAML,
 * unclosed front matter, stray bytes and odd Markdown are the writer's to fix, not a crash.
 */
class LoaderPropertyTest {

  @TempDir Path dir;

  /** Pieces that YAML and Markdown parsers treat specially, glued together at random. */
  private static final Gen<String> PIECES = arbitrary().pick(List.of(
      "---\n", "title: x\n", "datePublished: 2026-01-05\n", "  - ", "- a\n", ": ", "\"", "'", "[", "]", "{", "}",
      "#", "## Veelgestelde vragen\n", "### Vraag?\n", "V: ", "A: ", "\n", "\t", "&anchor ", "*anchor", "!!binary ",
      "|\n", ">\n", "\u00e9", "\uFEFF", "\u0000", "`", "<script>", "%", "€", "2026-13-45", "...\n", "key: [1, 2\n"));

  private static final Gen<String> TEXT = lists().of(PIECES).ofSizeBetween(0, 40)
      .map(l -> String.join("", l))
      .mix(strings().allPossible().ofLengthBetween(0, 200), 20);

  @Test
  void load_anyPostText_neverThrows() throws IOException {
    Path content = ContentLoaderTestSupport.validContent(dir);
    qt().withExamples(400).forAll(TEXT).checkAssert(text -> {
      write(content.resolve("blog/post-een.md"), text.getBytes(StandardCharsets.UTF_8));
      ContentLoader.load(content);
    });
  }

  @Test
  void load_anyYamlBytes_neverThrows() throws IOException {
    Path content = ContentLoaderTestSupport.validContent(dir);
    qt().withExamples(400).forAll(TEXT, arbitrary().pick(List.of("site.yaml", "personas.yaml", "faq.yaml")))
        .checkAssert((text, file) -> {
          // Latin-1 bytes put invalid UTF-8 in the mix as well.
          write(content.resolve(file), text.getBytes(StandardCharsets.ISO_8859_1));
          ContentLoader.load(content);
        });
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
