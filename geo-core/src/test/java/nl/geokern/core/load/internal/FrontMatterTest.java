package nl.geokern.core.load.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The front matter's YAML, found by offsets in the block's chars, is what the copies of it gave. */
class FrontMatterTest {

  private static final Parser PARSER = Parser.builder(new MutableDataSet()
      .set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create()))).build();

  /** The YAML and whether it is closed, as they were cut from copies of the block's chars. */
  private static String copied(String chars) {
    int firstNl = chars.indexOf('\n');
    String inner = firstNl < 0 ? "" : chars.substring(firstNl + 1);
    boolean closed = true;
    int closing = inner.lastIndexOf("\n---");
    if (closing >= 0) {
      inner = inner.substring(0, closing + 1);
    } else if (inner.startsWith("---")) {
      inner = "";
    } else {
      int dots = inner.lastIndexOf("\n...");
      if (dots >= 0) {
        inner = inner.substring(0, dots + 1);
      } else {
        closed = false;
      }
    }
    return closed + ":" + inner;
  }

  @Test
  void frontMatter_isTheYamlBetweenTheLines() {
    for (String file : List.of(
        "---\ntitle: x\n---\n\n# Kop\n",
        "---\n---\n",
        "---\n---\n---\n",
        "---\ntitle: x\n...\n\nTekst\n",
        "---\ntitle: x\n...\nb: ---\n---\n",
        "---\na: 1\nb: 2\n---\nc: 3\n---\n",
        "---\na: ...\n---\n",
        "---\ntitle: x\n",
        "---\ntitle: x",
        "---\n",
        "---",
        "---\r\ntitle: x\r\n---\r\n",
        "---\ntitle: \"é\u2019\"\n---\ntekst\n",
        "---\nt: a\u0000b\n---\n",
        "# Geen front matter\n")) {
      Optional<Node> block = Optional.empty();
      for (Node n = PARSER.parse(file).getFirstChild(); n != null; n = n.getNext()) {
        if (n instanceof YamlFrontMatterBlock) {
          block = Optional.of(n);
        }
      }
      MarkdownReader.Parsed parsed = new MarkdownReader(List.of()).read(file, Path.of("a.md"));
      assertEquals(block.isPresent(), parsed.frontMatter().isPresent(), file);
      if (block.isPresent()) {
        MarkdownReader.FrontMatter fm = parsed.frontMatter().get();
        assertEquals(copied(block.get().getChars().toString()), fm.closed() + ":" + fm.yaml(), file);
      }
    }
  }
}
