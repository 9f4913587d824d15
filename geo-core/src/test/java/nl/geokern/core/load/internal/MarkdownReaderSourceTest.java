package nl.geokern.core.load.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

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
import nl.geokern.core.model.Block;
import nl.geokern.core.model.FaqPair;
import nl.geokern.core.model.MarkdownBody;
import nl.geokern.core.model.MarkdownList;
import nl.geokern.core.model.SourceSpan;
import nl.geokern.core.model.TextBlock;
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
    for (String text : texts()) {
      boolean hasNul = text.indexOf('\0') >= 0;
      for (Node n : PARSER.parse(text).getDescendants()) {
        assertEquals(n.getChars().toString(), MarkdownReader.source(n), n.toString());
        assertEquals(n.getChars().toString(), MarkdownReader.source(n, hasNul), n.toString());
      }
    }
  }

  @Test
  void markdown_everyNode_isTheStrippedChars_andTheTextItselfWhenEqual() throws IOException {
    for (String text : texts()) {
      boolean hasNul = text.indexOf('\0') >= 0;
      for (Node n : PARSER.parse(text).getDescendants()) {
        String expected = n.getChars().toString().strip();
        // A text equal to the Markdown (a copy, not the same instance) is what comes back.
        String equal = new String(expected.toCharArray());
        assertSame(equal, MarkdownReader.markdown(n, equal, hasNul), n.toString());
        assertSame(equal, MarkdownReader.markdown(n, equal, true), n.toString());
        // Any other text, including a prefix or a longer string, gives the Markdown.
        for (String other : List.of("", "x", expected + " ", expected.isEmpty() ? "y" : expected.substring(1))) {
          if (other.equals(expected)) {
            continue;
          }
          String md = MarkdownReader.markdown(n, other, hasNul);
          assertEquals(expected, md, n.toString());
          assertNotSame(other, md, n.toString());
          assertEquals(expected, MarkdownReader.markdown(n, other, true), n.toString());
        }
      }
    }
  }

  @Test
  void read_wordCount_isTheWordsOfEveryBlocksText() throws IOException {
    List<String> texts = new java.util.ArrayList<>(texts());
    // Headings, list items of one and of two paragraphs, nested lists, table rows, a code block as
    // an item, escapes, a NUL and links: each block's words, however its text was made.
    texts.add("""
        # Kop één met *nadruk*

        - item met [een link](/a) en zo'n 1.500 woorden
        - item een

          tweede alinea van het item
          - genest\u0000 item
        -     code als item

        | kolom a | kolom-b |
        |---|---|
        | AI-traject | 1.500 |

        Tekst met \\*escape\\* en &amp; entity en <https://x.nl/> .
        """);
    for (String text : texts) {
      MarkdownBody body = new MarkdownReader(List.of()).read(text, Path.of("a.md")).body();
      int words = 0;
      for (Block b : body.blocks()) {
        words += nl.geokern.core.text.Words.count(b.text());
      }
      assertEquals(words, body.wordCount(), text);
    }
  }

  @Test
  void read_blocks_keepTextAndMarkdown_sharingThemOnlyWhenEqual() {
    String md = """
        Gewone tekst
        op twee regels.

        Tekst met **nadruk** en een [link](https://x.example/).

        - punt één
        - **vet** punt
        - los punt

          tweede alinea
        - ouder
          - kind

        ## Veelgestelde vragen

        ### Wat kost het?

        Het kost € 10.

        ### Hoe lang duurt het?

        Een *dag*.

        ### Twee alinea's?

        Eerste.

        Tweede.
        """;
    MarkdownBody body = new MarkdownReader(List.of("Veelgestelde vragen")).read(md, Path.of("p.md")).body();
    List<TextBlock> blocks = body.textBlocks();
    assertBlock(blocks.get(0), "Gewone tekst\nop twee regels.", "Gewone tekst\nop twee regels.");
    assertBlock(blocks.get(1), "Tekst met nadruk en een link.", "Tekst met **nadruk** en een [link](https://x.example/).");
    assertBlock(blocks.get(2), "punt één", "punt één");
    assertBlock(blocks.get(3), "vet punt", "**vet** punt");
    // A loose item's paragraphs: texts joined by a space, their Markdown (a paragraph's ends with its line
    // end) by one more line end.
    assertBlock(blocks.get(4), "los punt tweede alinea", "los punt\n\ntweede alinea");
    assertBlock(blocks.get(5), "ouder", "ouder");
    assertBlock(blocks.get(6), "kind", "kind");

    // A list starts where its first item does, at the same span.
    for (MarkdownList list : body.lists()) {
      assertEquals(list.items().get(0).span(), list.span());
    }
    assertEquals(SourceSpan.of(Path.of("p.md"), 6, 1), body.lists().get(0).span());
    assertEquals(SourceSpan.of(Path.of("p.md"), 12, 3), body.lists().get(1).span());

    List<FaqPair> pairs = body.faq().orElseThrow().pairs();
    assertEquals(3, pairs.size());
    assertEquals("Het kost € 10.", pairs.get(0).answerText());
    assertSame(pairs.get(0).answerText(), pairs.get(0).answer());
    assertEquals("Een dag.", pairs.get(1).answerText());
    assertEquals("Een *dag*.", pairs.get(1).answer());
    assertEquals("Eerste. Tweede.", pairs.get(2).answerText());
    assertEquals("Eerste.\n\nTweede.", pairs.get(2).answer());
  }

  @Test
  void read_forOneLoad_keepsEqualLinkTargetsOnce_acrossPosts() {
    // An inline link, an autolink, and a link whose text needs flexmark's own visitor (an escape).
    String one = "Zie [twee](twee.html), <https://x.example/> en [a\\*b](twee.html).\n";
    String two = "- Of [nog eens](twee.html) en [elders](https://x.example/).\n";
    MarkdownReader shared = MarkdownReader.forOneLoad(List.of());
    List<nl.geokern.core.model.Link> a = shared.read(one, Path.of("a.md")).body().links();
    List<nl.geokern.core.model.Link> b = shared.read(two, Path.of("b.md")).body().links();
    assertEquals(List.of("twee.html", "https://x.example/", "twee.html"), a.stream().map(l -> l.destination()).toList());
    assertEquals(List.of("twee.html", "https://x.example/"), b.stream().map(l -> l.destination()).toList());
    assertEquals("a*b", a.get(2).text());
    assertSame(a.get(0).destination(), a.get(2).destination());
    assertSame(a.get(0).destination(), b.get(0).destination());
    assertSame(a.get(1).destination(), b.get(1).destination());

    // A reader of its own keeps what it read, as read: the same links, each target its own string.
    MarkdownReader plain = new MarkdownReader(List.of());
    List<nl.geokern.core.model.Link> c = plain.read(one, Path.of("a.md")).body().links();
    List<nl.geokern.core.model.Link> d = plain.read(two, Path.of("b.md")).body().links();
    assertEquals(a, c);
    assertEquals(b, d);
    assertNotSame(c.get(0).destination(), d.get(0).destination());
  }

  private static void assertBlock(Block block, String text, String markdown) {
    TextBlock t = (TextBlock) block;
    assertEquals(text, t.text());
    assertEquals(markdown, t.markdown());
    if (text.equals(markdown)) {
      assertSame(t.text(), t.markdown());
    }
  }

  private static List<String> texts() throws IOException {
    List<String> texts = new java.util.ArrayList<>(List.of(ODD, "", "x", "---\nno: end\n", "\n\n> a\n>\n> b"));
    Path examples = Path.of("../geo-examples/src/content/blog");
    if (Files.isDirectory(examples)) {
      try (Stream<Path> files = Files.list(examples)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
          texts.add(Files.readString(f));
        }
      }
    }
    return texts;
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
