package nl.geokern.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.geokern.core.load.ContentLoader;
import nl.geokern.core.load.MinimalContent;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoEvidenceTest {

  @TempDir Path project;

  static final String SITE = MinimalContent.SITE_TWO_PLACES;

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

  BlogPost load() throws IOException {
    Path content = project.resolve("content");
    Files.createDirectories(content.resolve("blog"));
    Files.writeString(content.resolve("site.yaml"), SITE);
    Files.writeString(content.resolve("personas.yaml"), "personas: []\n");
    Files.writeString(content.resolve("clusters.yaml"), "clusters: []\n");
    Files.writeString(content.resolve("calendar.yaml"), "weeks: []\n");
    Files.writeString(content.resolve("faq.yaml"), "items: []\n");
    Files.writeString(content.resolve("blog/snelle-wins.md"), POST);
    var result = ContentLoader.load(content);
    assertTrue(result.content().isPresent(), result.findings().toString());
    ContentSet set = result.content().get();
    return set.posts().get(0);
  }

  @Test
  void of_postWithEvidence_countsEachKind() throws IOException {
    BlogPost post = load();
    ContentSet site = ContentLoader.load(project.resolve("content")).content().orElseThrow();

    GeoEvidence e = GeoEvidence.of(post, site.site());

    // 25/3 + 20/2 + 25/3 + 20/3 + 10 × 2/3 = 40
    assertEquals(new GeoEvidence(1, 1, 1, 1, 2, 1, 2, List.of("Amsterdam", "Den Haag"), false, 40), e);
  }

  @Test
  void withKeywordStuffing_lowersTheScore() throws IOException {
    BlogPost post = load();
    ContentSet site = ContentLoader.load(project.resolve("content")).content().orElseThrow();

    GeoEvidence e = GeoEvidence.of(post, site.site()).withKeywordStuffing(true);

    assertEquals(15, e.score());
    assertTrue(e.keywordStuffing());
  }

  @Test
  void create_everythingPresent_scores100() {
    assertEquals(100, GeoEvidence.create(3, 0, 2, 3, 3, 3, 3, List.of(), false).score());
    assertEquals(0, GeoEvidence.create(0, 5, 0, 0, 0, 0, 0, List.of(), true).score());
  }

  @Test
  void hasStatistic_anyText_isTheRegularExpression() {
    qt().withExamples(5000).forAll(lists().of(arbitrary().pick(List.of("12", "1.250", "3,5", " ", "%", "procent",
        "percent", "per cent", "€", "$", "£", "euro", "EUR", "dollar", "x", "a", "\u00a0", "é"))).ofSizeBetween(0, 12)
        .map(l -> String.join("", l)).mix(strings().allPossible().ofLengthBetween(0, 40), 30))
        .checkAssert(text -> assertEquals(GeoEvidence.STATISTIC.matcher(text).find(), GeoEvidence.hasStatistic(text), text));
  }

  @Test
  void hasOpeningQuote_whereverAQuotationIs() {
    qt().withExamples(5000).forAll(lists().of(arbitrary().pick(List.of("\"", "“", "”", "„", "«", "»", "word", " ")))
        .ofSizeBetween(0, 12).map(l -> String.join("", l)).mix(strings().allPossible().ofLengthBetween(0, 40), 30))
        .checkAssert(text -> assertTrue(!GeoEvidence.QUOTED.matcher(text).find() || GeoEvidence.hasOpeningQuote(text),
            text));
  }
}
