package nl.geokern.core.load.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.geokern.core.model.SourceSpan;
import org.junit.jupiter.api.Test;

/** The shortcuts the reader takes over flexmark's own text copies give the same text. */
class MarkdownReaderSourceTest {

  private static final Parser PARSER = Parser.builder(new MutableDataSet()
      .set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create(), TablesExtension.create()))).build();

  static final String ODD = """
      ---
      title: x
      ---
      # Kop *met* nadruk

      > Een citaat
      > over twee regels met [een link](https://x.example/).

      - punt een
        met vervolg
        - genest\u0000
      - punt twee

      | a | b |
      |---|---|
      | 1 | 2 |

      Tekst met \\*escape\\* en &amp; entity.\r
      Regel twee.
      """;

  @Test
  void source_everyNode_isTheNodesChars() throws IOException {
    List<String> texts = new java.util.ArrayList<>(List.of(ODD, "", "x", "---\nno: end\n", "\n\n> a\n>\n> b"));
    Path examples = Path.of("../geo-examples/src/content/blog");
    if (Files.isDirectory(examples)) {
      try (Stream<Path> files = Files.list(examples)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
          texts.add(Files.readString(f));
        }
      }
    }
    for (String text : texts) {
      boolean hasNul = text.indexOf('\0') >= 0;
      for (Node n : PARSER.parse(text).getDescendants()) {
        assertEquals(n.getChars().toString(), MarkdownReader.source(n), n.toString());
        assertEquals(n.getChars().toString(), MarkdownReader.source(n, hasNul), n.toString());
      }
    }
  }

  @Test
  void lineIndex_spans_countLinesFromOne() {
    LineIndex lines = new LineIndex(Path.of("a.md"), "ab\ncd\n\nx");
    assertEquals(SourceSpan.of(Path.of("a.md"), 1, 1), lines.span(0));
    assertEquals(SourceSpan.of(Path.of("a.md"), 2, 2), lines.span(4));
    assertEquals(SourceSpan.of(Path.of("a.md"), 3, 1), lines.span(6));
    assertEquals(SourceSpan.of(Path.of("a.md"), 4, 1), lines.span(7));
    assertEquals(3, lines.line(7));
  }
}
