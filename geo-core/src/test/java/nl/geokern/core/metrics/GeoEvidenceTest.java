package nl.geokern.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.geokern.core.TestContent;
import nl.geokern.core.analysis.ContentAnalysis;
import nl.geokern.core.analysis.PostAnalysis;
import nl.geokern.core.model.ContentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoEvidenceTest {

  @TempDir Path project;

  static final String SITE = TestContent.SITE_TWO_PLACES;

  static final String POST = """
      ---
      title: Snelle wins
      datePublished: 2026-01-05
      ---

      # Snelle wins

      Een inleiding voor ondernemers in Amsterdam en 's-Gravenhage, niet in Amsterdammer-land.

      ## Wat kost een workshop?

      Een workshop kost €1.250 ([bron](https://www.cbs.nl/prijzen)). Lees ook de [FAQ](https://www.test.example/faq.html).

      Ongeveer 20% van de bedrijven gebruikt AI.

      > "AI bespaart ons elke week uren werk", zegt Anna de Boer.

      > **Voorbeeldcase:** dit bedrijf is fictief.

      Volgens het [CBS](https://www.cbs.nl/prijzen) groeit het gebruik.

      ## Waarom nu?

      - Omdat het kan.
      """;

  PostAnalysis analyse(String post) {
    ContentSet content = TestContent.in(project).with("site.yaml", SITE).without("blog/post-een.md")
        .with("calendar.yaml", "weeks: []\n").post("snelle-wins.md", post).load();
    return ContentAnalysis.of(content).posts().get(0);
  }

  @Test
  void of_postWithEvidence_countsEachKind() {
    GeoEvidence e = GeoEvidence.of(analyse(POST));

    // 25/3 + 20/2 + 25/3 + 20/3 + 10 × 2/3 = 40
    assertEquals(new GeoEvidence(1, 1, 1, 1, 2, 1, 2, List.of("Amsterdam", "Den Haag"), false, 40), e);
  }

  @Test
  void of_postWithoutEvidence_scoresZero() {
    GeoEvidence e = GeoEvidence.of(analyse("---\ntitle: Leeg\ndatePublished: 2026-01-05\n---\n# Leeg\n\nNiets.\n"));

    assertEquals(new GeoEvidence(0, 0, 0, 0, 0, 0, 0, List.of(), false, 0), e);
  }

  @Test
  void of_questionHeadingWithLongFirstSentence_isNoAnswerFirst() {
    String longSentence = "Dit " + "woord ".repeat(30) + "eindigt hier.";
    GeoEvidence e = GeoEvidence.of(analyse("---\ntitle: Vraag\ndatePublished: 2026-01-05\n---\n# Vraag\n\n"
        + "## Wat kost het?\n\n" + longSentence + "\n\n## Hoe lang duurt het?\n\nEen week.\n"));

    assertEquals(2, e.questionHeadings());
    assertEquals(1, e.answerFirstQuestionHeadings());
  }

  @Test
  void withKeywordStuffing_lowersTheScore() {
    GeoEvidence e = GeoEvidence.of(analyse(POST)).withKeywordStuffing(true);

    assertEquals(15, e.score());
    assertTrue(e.keywordStuffing());
  }

  @Test
  void create_everythingPresent_scores100() {
    assertEquals(100, GeoEvidence.create(3, 0, 2, 3, 3, 3, 3, List.of(), false).score());
    assertEquals(0, GeoEvidence.create(0, 5, 0, 0, 0, 0, 0, List.of(), true).score());
  }
}
