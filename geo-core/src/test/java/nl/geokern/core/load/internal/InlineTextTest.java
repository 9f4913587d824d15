package nl.geokern.core.load.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link InlineText} gives flexmark's {@code TextCollectingVisitor} text, and the links a walk over
 * the descendants finds, for every node of every document tried.
 */
class InlineTextTest {

  private static final Parser PARSER = Parser.builder(new MutableDataSet()
      .set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create(), TablesExtension.create()))).build();

  /** Hand-written edge cases: every inline kind, the rare ones that fall back, ends of the text. */
  static final List<String> CASES = List.of(
      "",
      " ",
      "x",
      "\n\n",
      "# Kop *met* nadruk en [een link](https://x.example/ \"titel\")\n",
      "Kop\n===\n\nSub *kop*\n---\n",
      "## Trailing hashes ##\n#\n",
      "Tekst met \\*escape\\* en &amp; entity, &copy; &#123; &#x41; &bogus; & los, \\\\ en \\a.\n",
      "Regel een\nregel twee\r\nregel drie\rregel vier\n",
      "Harde  \nbreuk met spaties en\\\nmet backslash\r\nen  \r\nCRLF.\n",
      "Eind met harde breuk  \n",
      "*nadruk* en **sterk** en ***beide*** en _underscore_ en __dubbel__ en *nest **in** nest*.\n",
      "Code `a\\*b` en ``dubbel ` tick`` en `over\ntwee regels` en `&amp;`.\n",
      "Een [link *met* nadruk](/a) en [**vet**](b.html) en [](leeg) en [ spaties ](c).\n",
      "Een [link met \\[haken\\] en &amp;](/x) en [![beeld](i.png) in link](/y).\n",
      "![alt *met* nadruk](i.png \"t\") en ![](leeg.png) en ![alt [link](/in-alt)](z.png).\n",
      "Auto <https://voorbeeld.nl/pad?a=1&b=2> en <mailto:a@b.nl> en <a@b.nl> en www.los.nl.\n",
      "Referentie [tekst][ref] en [ref] en [ref][] en ![beeld][ref] en [onbekend][nee].\n\n[ref]: /doel \"T\"\n",
      "Html <span class=\"x\">binnen</span> en <!-- commentaar --> en <br/> en </em>.\n",
      "NUL in \u0000 tekst en [link \u0000](/n) en `code\u0000` en &amp;\u0000.\n",
      "# NUL\u0000 kop\n",
      "Niet-ASCII: één’s “citaat” — 😀 en ‘s-Hertogenbosch, Ærø, İstanbul.\n",
      "> Citaat *een*\n> regel twee\n>\n> Tweede alinea met [link](/q).\n",
      "> lazy\nvervolg\n",
      "- punt een\n  met vervolg\n  - genest [l](/g)\n- punt twee\n\n  tweede alinea\n\n- punt drie\n",
      "1. een\n2. twee\n\n   > citaat in item\n\n3. drie\n\n   ```\n   code\n   ```\n",
      "- item met code:\n\n      ingesprongen code\n\n- item met html:\n\n  <div>blok</div>\n\n- ## kop in item\n- ---\n",
      "- | a | b |\n  |---|---|\n  | 1 | [t](/t) |\n",
      "| a | *b* | [c](/c) |\n|:--|:-:|--:|\n| 1 | `2` | \\| pipe |\n|  | leeg | <https://x.nl> |\n",
      "| alleen kop |\n|---|\n",
      "```java\nfenced *code*\n```\n\n    indented\n\n<div>\nhtml *blok*\n</div>\n\n***\n",
      "---\ntitle: x\n---\n# Na front matter\n\nAlinea.\n",
      "Alinea\n\n\n\nNa witregels   \n",
      "V: Vraag een?\nA: Antwoord **een**.\n\n**Vraag:** twee?\n\n**Antwoord:** twee.\n",
      "[link\nover regels](/m) en [a  \nb](/h)\n",
      "tekst\\\n",
      "\\\n",
      "  ingesprongen alinea  \n",
      "- woordwoord\r\n\n    \\\nwoord");

  @Test
  void text_handWrittenCases_matchFlexmark() {
    for (String text : CASES) {
      assertSameAsFlexmark(text, "case: " + text);
    }
  }

  @Test
  void text_corpora_matchFlexmark() throws IOException {
    // this repository's own content (Maven runs tests in the module's folder), so it is always there
    List<Path> dirs = Stream.of("../geo-examples/src/content", "../geo-maven-plugin/src/it").map(Path::of).toList();
    dirs.forEach(d -> assertTrue(Files.isDirectory(d), d.toAbsolutePath() + " is missing"));
    int files = 0;
    for (Path dir : dirs) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path f : walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
          assertSameAsFlexmark(Files.readString(f), f.toString());
          files++;
        }
      }
    }
    assertTrue(files > 0, "no Markdown files under " + dirs);
  }

  @Test
  void text_randomMarkdown_matchesFlexmark() {
    List<String> pieces = List.of("woord", " ", "\n", "\r\n", "\n\n", "  \n", "\\\n", "*", "**", "_", "`", "[", "]",
        "(/u)", "![", "<https://a.nl>", "<b@c.nl>", "&amp;", "&", "\\*", "\\", "# ", "- ", "1. ", "> ", "|", "|---|",
        "<em>", "</em>", "é’", "\u0000", "[r]", "\n[r]: /d\n", "    ", "```", "---");
    qt().withExamples(1500).forAll(lists().of(arbitrary().pick(pieces)).ofSizeBetween(0, 30))
        .checkAssert(list -> assertSameAsFlexmark(String.join("", list), "random: " + list));
  }

  @Test
  void text_reusedAfterFallback_startsClean() {
    // A reference link falls back to flexmark; the next node must not see the abandoned output.
    Node doc = PARSER.parse("[a][r] en *b*\n\nTweede\n\n[r]: /x\n");
    InlineText inline = new InlineText(new LineIndex(Path.of("a.md"), doc.getChars().toString()));
    List<nl.geokern.core.model.Link> links = new ArrayList<>();
    links.add(new nl.geokern.core.model.Link("eerder", "/e", nl.geokern.core.model.SourceSpan.of(Path.of("a.md"), 1, 1)));
    assertEquals("a en b\n", inline.text(doc.getFirstChild(), links));
    assertEquals(1, links.size()); // a reference link is not a Link
    assertEquals("Tweede\n", inline.text(doc.getFirstChild().getNext(), links));
    assertEquals(1, links.size());
  }

  @Test
  void text_oneCollectorOverTwoFiles_searchesEachFile() {
    // The search for escapes remembers where it looked; a second file must not reuse the first's answers.
    Node first = PARSER.parse("Een & twee \\* drie vier vijf");
    Node second = PARSER.parse("Zes zeven acht negen tien elf");
    InlineText inline = new InlineText(new LineIndex(Path.of("a.md"), first.getChars().toString()));
    assertEquals("Een & twee * drie vier vijf", inline.text(first.getFirstChild(), null));
    assertEquals("Zes zeven acht negen tien elf", inline.text(second.getFirstChild(), null));
    assertEquals("Een & twee * drie vier vijf", inline.text(first.getFirstChild(), null));
    Node last = first.getFirstChild().getLastChild();
    assertEquals(new TextCollectingVisitor().collectAndGetText(last), inline.text(last, null));
  }

  @Test
  void text_linkText_isStrippedTextOfTheLink() {
    Node doc = PARSER.parse("Zie [ de **gids** ](/gids \"t\") en <https://x.nl/a>.");
    LineIndex lines = new LineIndex(Path.of("a.md"), doc.getChars().toString());
    List<nl.geokern.core.model.Link> links = new ArrayList<>();
    // flexmark leaves the spaces inside the brackets out of the link's children, and an autolink has none.
    assertEquals("Zie de gids en .", new InlineText(lines).text(doc.getFirstChild(), links));
    assertEquals(List.of(
        new nl.geokern.core.model.Link("de gids", "/gids", lines.span(4)),
        new nl.geokern.core.model.Link("https://x.nl/a", "https://x.nl/a", lines.span(34))), links);
  }

  @Test
  void string_ofEveryNodesChars_isFlexmarksToString() {
    // Link targets with a NUL (read as U+FFFD), an escape and an entity, and a plain one; the
    // bracketed target with a space is no link.
    String text = "[a](/x\u0000y) [b](/p\\_q) [c](/r&amp;s) [d](<https://x.nl/a b>) <https://x.nl/\u0000> [e](/plain)\n\n"
        + "[f]: /ref\u0000\n\n[f] en *nadruk* met `code`\u0000.";
    int links = 0;
    for (Node n : PARSER.parse(text).getDescendants()) {
      assertEquals(n.getChars().toString(), InlineText.string(n.getChars()), n.toString());
      if (n instanceof com.vladsch.flexmark.ast.Link l) {
        assertEquals(l.getUrl().toString(), InlineText.string(l.getUrl()), n.toString());
        links++;
      }
    }
    assertEquals(4, links);
  }

  private static void assertSameAsFlexmark(String text, String what) {
    Node doc = PARSER.parse(text);
    LineIndex lines = new LineIndex(Path.of("a.md"), text);
    InlineText inline = new InlineText(lines);
    for (Node n : doc.getDescendants()) {
      String expected;
      try {
        expected = new TextCollectingVisitor().collectAndGetText(n);
      } catch (RuntimeException | AssertionError e) {
        // flexmark's segment builder fails on some nodes (an 'assert' on a block quote of two
        // paragraphs, an overlap on a list item with a hard break): where it fails, so must we.
        Class<? extends Throwable> failure = e.getClass();
        assertThrows(failure, () -> inline.text(n, new ArrayList<>()), what + " / " + n);
        continue;
      }
      List<nl.geokern.core.model.Link> links = new ArrayList<>();
      String got = inline.text(n, links);
      assertEquals(expected, got, what + " / " + n);
      assertEquals(expectedLinks(n, lines), links, what + " / links of " + n);
      assertEquals(got, inline.text(n, null), what + " / without links " + n);
      List<nl.geokern.core.model.Link> again = new ArrayList<>();
      assertEquals(expected.strip(), inline.strippedText(n, again), what + " / stripped " + n);
      assertEquals(links, again, what + " / links with stripped text of " + n);
    }
  }

  /** The links as a walk over every descendant finds them, with flexmark's text for each. */
  private static List<nl.geokern.core.model.Link> expectedLinks(Node node, LineIndex lines) {
    List<nl.geokern.core.model.Link> out = new ArrayList<>();
    for (Node d : node.getDescendants()) {
      if (d instanceof Link l) {
        out.add(new nl.geokern.core.model.Link(new TextCollectingVisitor().collectAndGetText(l).strip(),
            l.getUrl().toString(), lines.span(l.getStartOffset())));
      } else if (d instanceof AutoLink a) {
        out.add(new nl.geokern.core.model.Link(a.getText().toString(), a.getUrl().toString(),
            lines.span(a.getStartOffset())));
      }
    }
    return out;
  }
}
