package nl.geokern.core.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.geokern.core.model.SourceSpan;
import nl.geokern.core.text.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlPassagesTest {

  @TempDir Path dir;

  private static final String PAGE = """
      <!DOCTYPE html><html><head><title>Prijzen | Test</title><style>p { color: red }</style></head>
      <body>
      <header><a href="/">Home</a> Menu met workshops</header>
      <nav><ul><li><a href="/blog/">Blog</a></li></ul></nav>
      <main>
        <h1>Wat kost een workshop?</h1>
        <p>Een workshop kost <b>€ 1.500</b> per dag.<br>Inclusief lunch.</p>
        <h2 id="formats">Formats</h2>
        <h3><a name="online"></a>Online</h3>
        <ul><li>Twee uur.</li><li>Maximaal twintig mensen.</li></ul>
        <section id="op-locatie"><h3>Op locatie</h3><p>Bij jou op kantoor.</p></section>
        <p><a id="faq-1"></a></p>
        <h2>Kan ik annuleren?</h2>
        <p>Ja, tot een week vooraf.</p>
        <script>var geheim = "script";</script>
        <template><p>Sjabloon</p></template>
        <aside>Lees ook dit</aside>
        <p hidden>Verborgen tekst</p>
      </main>
      <footer>Copyright Test</footer>
      </body></html>
      """;

  @Test
  void cut_takesMainContentByHeadingSectionWithoutChrome() {
    List<Passage> passages = HtmlPassages.cut(PAGE, "prijzen.html");
    assertEquals(List.of(
        "Wat kost een workshop? | Een workshop kost € 1.500 per dag. Inclusief lunch.",
        "Wat kost een workshop? > Formats > Online | Twee uur. Maximaal twintig mensen.",
        "Wat kost een workshop? > Formats > Op locatie | Bij jou op kantoor.",
        "Wat kost een workshop? > Kan ik annuleren? | Ja, tot een week vooraf."),
        passages.stream().map(p -> p.headingPath() + " | " + p.text()).toList());
    String all = passages.stream().map(Passage::text).collect(Collectors.joining(" "));
    for (String chrome : List.of("Menu", "Blog", "Copyright", "geheim", "Sjabloon", "Lees ook", "Verborgen", "color")) {
      assertFalse(all.contains(chrome), chrome);
    }
  }

  @Test
  void cut_givesEachPassageTheIdItsHeadingIsLinkedBy() {
    List<Passage> passages = HtmlPassages.cut(PAGE, "prijzen.html");
    assertEquals(List.of("prijzen.html", "prijzen.html#online", "prijzen.html#op-locatie", "prijzen.html#faq-1"),
        passages.stream().map(Passage::link).toList());
  }

  @Test
  void cut_withoutMainUsesBodyAndKeepsAnArticleHeader() {
    String html = """
        <html><head><title>Titel uit head</title></head><body>
        <header>Sitebanner</header>
        <p>Tekst zonder kop.</p>
        <article><header><h1 id="kop">Artikelkop</h1></header><p>Artikeltekst.</p></article>
        <article><p>Tweede artikel.</p></article>
        </body></html>
        """;
    assertEquals(List.of("Titel uit head | Tekst zonder kop.", "Artikelkop | Artikeltekst. Tweede artikel."),
        HtmlPassages.cut(html, "x.html").stream().map(p -> p.headingPath() + " | " + p.text()).toList());
  }

  @Test
  void cut_splitsALongSectionAtParagraphsThenSentencesNearMaxWords() {
    String sentence = "Dit is een zin van tien woorden voor de test. ";
    String paragraph = "<p>" + sentence.repeat(20) + "</p>"; // 200 words
    // Three paragraphs of 200 words, then one of 400: the last is cut at sentences, filling up to 300.
    String html = "<main><h2 id=\"lang\">Lang</h2>" + paragraph.repeat(3) + "<p>" + sentence.repeat(40) + "</p></main>";
    List<Passage> passages = HtmlPassages.cut(html, "lang.html", SourceSpan.UNKNOWN, 300);
    assertEquals(List.of(200, 200, 300, 300), passages.stream().map(p -> Words.count(p.text())).toList());
    assertTrue(passages.stream().allMatch(p -> p.link().equals("lang.html#lang") && p.heading().equals("Lang")));
    assertTrue(passages.stream().allMatch(p -> p.text().endsWith("test.")), "split at sentence ends");
  }

  @Test
  void fromSite_readsEveryPageWithItsUrlAndFile() throws IOException {
    Files.createDirectories(dir.resolve("blog/b"));
    Files.writeString(dir.resolve("index.html"), "<main><h1>Home</h1><p>Welkom.</p></main>");
    Files.writeString(dir.resolve("blog/a.html"), "<main><h1>A</h1><p>Over a.</p></main>");
    Files.writeString(dir.resolve("blog/b/index.html"), "<main><h1>B</h1><p>Over b.</p></main>");
    Files.writeString(dir.resolve("blog/notes.txt"), "geen pagina");
    List<Passage> passages = HtmlPassages.fromSite(dir);
    assertEquals(List.of("blog/a.html", "blog/b/index.html", "index.html"), passages.stream().map(Passage::page).toList());
    assertEquals(SourceSpan.of(dir.resolve("blog/a.html")), passages.get(0).span());
  }

  @Test
  void fromSite_realHugoSiteLeavesOutMenusAndKeepsArticleSections() throws IOException {
    Path site = Path.of("../../shared/corpora/real-sites/flink-web");
    assumeTrue(Files.isDirectory(site), "shared corpora absent");
    Path post = site.resolve("2014/11/18/hadoop-compatibility-in-flink/index.html");
    List<Passage> passages = HtmlPassages.read(post, "2014/11/18/hadoop-compatibility-in-flink/", 300);
    assertEquals(List.of("Hadoop Compatibility in Flink", "Flink’s Hadoop Compatibility Package", "What comes next?",
        "Summary"), passages.stream().map(Passage::heading).distinct().toList());
    assertTrue(passages.stream().noneMatch(p -> p.text().contains("Getting Started") || p.text().contains("Search")),
        "menus and the search box stay out");
    assertTrue(IntStream.range(1, passages.size()).allMatch(i -> !passages.get(i).fragment().isEmpty()),
        "every section has its heading's id");
  }
}
