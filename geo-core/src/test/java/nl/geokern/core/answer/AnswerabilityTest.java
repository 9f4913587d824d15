package nl.geokern.core.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.model.ContentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerabilityTest {

  @TempDir Path dir;

  private static final String DUTCH_PERSONAS = """
      personas:
        - id: beslisser
          name: De beslisser
          role: Directeur
          questions:
            - id: kosten
              text: Wat kost een AI-workshop?
            - id: privacy
              text: Is AI veilig voor klantgegevens?
      """;

  private static final String DUTCH_COSTS = """
      ## Wat kost een AI-workshop?

      Een AI-workshop kost € 1.500 per groep van twaalf mensen.

      """;

  private AnswerFixture dutch(String costsSection) {
    return new AnswerFixture(dir, "nl-NL")
        .personas(DUTCH_PERSONAS)
        .faq("""
            items:
              - id: planning
                question: Hoe snel kunnen we starten?
                answer: Meestal binnen twee weken na het eerste gesprek.
            """)
        .post("aanpak", "Onze aanpak", "kosten", "# Onze aanpak\n\nWe werken met kleine groepen en eigen voorbeelden.\n\n"
            + costsSection + "## Hoe ziet een dag eruit?\n\nWe beginnen om negen uur en sluiten om vijf uur af.\n")
        .post("privacy", "Privacy", "privacy", """
            # Privacy

            ## Is AI veilig voor klantgegevens?

            Ja, met zakelijke accounts en zonder gegevens te delen.
            """)
        .post("nieuws", "Nieuws", "", """
            # Nieuws

            We gaven dit jaar veertig workshops over AI in het MKB.

            ## Training

            Een training over AI duurt een dag, een workshop een middag.
            """);
  }

  private static QuestionResult result(AnswerabilityResult r, String id) {
    return r.results().stream().filter(q -> q.question().id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void ofContent_dutchIntendedPagesRankFirst() throws IOException {
    AnswerabilityResult r = Answerability.ofContent(dutch(DUTCH_COSTS).load());
    assertEquals(OptionalInt.of(1), result(r, "kosten").rank());
    assertEquals("Onze aanpak > Wat kost een AI-workshop?",
        result(r, "kosten").winner().orElseThrow().passage().headingPath());
    assertEquals(OptionalInt.of(1), result(r, "privacy").rank());
    assertEquals(OptionalInt.of(1), result(r, "planning").rank());
    assertEquals(new AnswerabilitySummary(3, 3, 3, 3), r.summary());
    assertEquals(List.of(), r.findings());
    assertEquals(List.of("beslisser"), List.copyOf(r.byPersona().keySet()));
  }

  @Test
  void ofContent_removedAnswerMovesTheRankAndWarnsAtTheQuestion() throws IOException {
    ContentSet content = dutch("").load();
    AnswerabilityResult r = Answerability.ofContent(content);
    QuestionResult costs = result(r, "kosten");
    assertEquals(OptionalInt.empty(), costs.rank());
    assertEquals(List.of("blog/privacy.html", "blog/nieuws.html", "blog/nieuws.html"),
        costs.top().stream().map(h -> h.passage().page()).toList(), "AI, workshop: other pages");
    assertEquals(new AnswerabilitySummary(3, 3, 2, 2), r.summary());
    List<Finding> warnings = r.findings().stream().filter(f -> f.ruleId().equals(Answerability.RULE_ID)).toList();
    assertEquals(1, warnings.size(), r.findings().toString());
    Finding f = warnings.get(0);
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(content.personaQuestion("kosten").orElseThrow().span(), f.span());
    assertTrue(f.span().toString().endsWith("personas.yaml:6:9"), f.span().toString());
    assertEquals("persona question \"kosten\" \"Wat kost een AI-workshop?\" is not answered by its page"
        + " blog/aanpak.html: none of its passages is among the 10 that match best; answer engines find first"
        + " 1. blog/privacy.html \"Is AI veilig voor klantgegevens?\" (score " + score(costs, 0) + "),"
        + " 2. blog/nieuws.html \"Training\" (score " + score(costs, 1) + "), 3. blog/nieuws.html \"Nieuws\" (score "
        + score(costs, 2) + ")", f.message());
    assertTrue(f.hint().startsWith("add a section to content/blog/aanpak.md headed by the question"), f.hint());
  }

  @Test
  void ofContent_rewordedAnswerMovesTheRankAndWarnsAtTheQuestion() throws IOException {
    AnswerabilityResult r = Answerability.ofContent(dutch("""
        ## Tarieven

        Een dagdeel begeleiding rekenen we af tegen een vast tarief van € 1.500.

        """).load());
    assertFalse(result(r, "kosten").inTop());
    assertEquals(List.of("kosten"), r.findings().stream().filter(f -> f.ruleId().equals(Answerability.RULE_ID))
        .map(f -> f.message().split("\"")[1]).toList());
  }

  @Test
  void ofContent_englishRanksAndWarns() throws IOException {
    AnswerFixture english = new AnswerFixture(dir, "en-GB")
        .personas("""
            personas:
              - id: buyer
                name: The buyer
                role: Director
                questions:
                  - id: price
                    text: How much does an AI workshop cost?
            """)
        .post("news", "News", "", "# News\n\nThis year we ran forty workshops on AI for small firms.\n")
        .post("approach", "Our approach", "price", """
            # Our approach

            We work in small groups.

            ## How much does an AI workshop cost?

            An AI workshop costs €1,500 per group of twelve.
            """);
    assertEquals(OptionalInt.of(1), result(Answerability.ofContent(english.load()), "price").rank());

    english.post("approach", "Our approach", "price", "# Our approach\n\nWe work in small groups.\n\n## Rates\n\n"
        + "A half day of guidance is billed at a fixed rate of €1,500.\n");
    AnswerabilityResult r = Answerability.ofContent(english.load());
    assertEquals(OptionalInt.empty(), result(r, "price").rank());
    assertEquals("blog/news.html", result(r, "price").winner().orElseThrow().passage().page());
    assertEquals(List.of(Answerability.RULE_ID), r.findings().stream().map(Finding::ruleId).toList());
  }

  @Test
  void ofContent_twoPagesWithTheSameAnswerCannibalise() throws IOException {
    AnswerFixture fixture = new AnswerFixture(dir, "nl-NL")
        .faq("""
            items:
              - id: planning
                question: Hoe snel kunnen we starten?
                answer: Meestal binnen twee weken na het eerste gesprek.
            """)
        .post("start", "FAQ", "", """
            ## Hoe snel kunnen we starten?

            Meestal binnen twee weken na het eerste gesprek.
            """);
    ContentSet content = fixture.load();
    AnswerabilityResult r = Answerability.ofContent(content);
    QuestionResult planning = result(r, "planning");
    assertTrue(planning.inTop());
    assertEquals(List.of(Answerability.CANNIBALISATION_RULE_ID), r.findings().stream().map(Finding::ruleId).toList());
    Finding f = r.findings().get(0);
    assertEquals(content.faqItem("planning").orElseThrow().questionSpan(), f.span());
    assertTrue(f.message().startsWith("two pages compete for FAQ item \"planning\" \"Hoe snel kunnen we starten?\""),
        f.message());
    assertTrue(f.message().contains("blog/start.html") && f.message().contains("faq.html#planning"), f.message());
  }

  @Test
  void ofContent_pagesThatAreBothMeantToAnswerDoNotCannibalise() throws IOException {
    String body = "## Hoe snel kunnen we starten?\n\nMeestal binnen twee weken na het eerste gesprek.\n";
    AnswerabilityResult r = Answerability.ofContent(new AnswerFixture(dir, "nl-NL")
        .personas("""
            personas:
              - id: p
                name: P
                role: R
                questions:
                  - id: start
                    text: Hoe snel kunnen we starten?
            """)
        .post("een", "Een", "start", body)
        .post("twee", "Twee", "start", body)
        .load());
    assertEquals(OptionalInt.of(1), result(r, "start").rank());
    assertEquals(List.of(), r.findings().stream().filter(f -> f.ruleId().equals(Answerability.CANNIBALISATION_RULE_ID))
        .toList());
  }

  @Test
  void ofSite_findsTheIntendedPageAmongBuiltPagesWhateverItsUrlForm() throws IOException {
    ContentSet content = dutch(DUTCH_COSTS).load();
    Path site = dir.resolve("site");
    Files.createDirectories(site.resolve("blog/aanpak"));
    Files.writeString(site.resolve("blog/aanpak/index.html"), """
        <html><body><nav>Wat kost een AI-workshop? Menu</nav><main><h1>Onze aanpak</h1>
        <h2 id="kosten">Wat kost een AI-workshop?</h2><p>Een AI-workshop kost € 1.500 per groep.</p></main></body></html>
        """);
    Files.writeString(site.resolve("blog/nieuws.html"), """
        <html><body><main><h1>Nieuws</h1><p>We gaven veertig workshops over AI.</p></main></body></html>
        """);
    AnswerabilityResult r = Answerability.ofSite(content, site, AnswerabilityOptions.DEFAULT);
    QuestionResult costs = result(r, "kosten");
    assertEquals(OptionalInt.of(1), costs.rank(), "blog/aanpak.html is served as blog/aanpak/index.html");
    assertEquals("blog/aanpak/index.html#kosten", costs.winner().orElseThrow().passage().link());
    assertEquals(List.of("planning", "privacy"), r.findings().stream().filter(f -> f.ruleId().equals(Answerability.RULE_ID))
        .map(f -> f.message().split("\"")[1]).toList(), "their pages are not built");
  }

  @Test
  void pageKey_namesOnePageWhateverItsUrlForm() {
    String site = "https://www.test.example/";
    for (String url : new String[] {"blog/x.html", "/blog/x.html", "blog/x", "blog/x/", "blog/x/index.html",
        "https://www.test.example/blog/x.html#kop", "blog/x.html?a=b", "http://elders.example/blog/x.html"}) {
      assertEquals("blog/x", PageUrls.key(url, site), url);
    }
    assertEquals("", PageUrls.key("index.html", site));
    assertEquals("", PageUrls.key("https://www.test.example/", site));
  }

  private static String score(QuestionResult r, int index) {
    return String.format(Locale.ROOT, "%.2f", r.top().get(index).score());
  }
}
