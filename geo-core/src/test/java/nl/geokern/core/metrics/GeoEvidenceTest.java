package nl.geokern.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.geokern.core.load.ContentLoader;
import nl.geokern.core.load.MinimalContent;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.Place;
import nl.geokern.core.model.SourceSpan;
import nl.geokern.core.text.Words;
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
    qt().withExamples(8000).forAll(lists().of(arbitrary().pick(List.of("12", "1.250", "3,5", "7", "0", ".", ",", " ", "\n",
        "%", "procent", "PROCENT", "percent", "per cent", "€", "$", "£", "euro", "EUR", "dollar", "x", "a", "_", "\u00a0",
        "é", "\u0301", "\t", "\u000b", "PerCent", "eur", "Euro", "DOLLAR", "\ud835\udc00", "ſ", "\u212a")))
        .ofSizeBetween(0, 12)
        .map(l -> String.join("", l)).mix(strings().allPossible().ofLengthBetween(0, 40), 30))
        .checkAssert(text -> assertEquals(GeoEvidence.STATISTIC.matcher(text).find(), GeoEvidence.hasStatistic(text), text));
  }

  @Test
  void hasStatistic_numberRunsAndEnds_asTheRegularExpression() {
    for (String text : List.of("", "5", "5%", "x5 %", ".5%", "1.2.3,4 procent", "12 procentpunt", "1,5 per cent.",
        "2024 12%", "12 3%", "0%", "x0 procent", "10,0%",
        "€", "€ ", "€ 5", "$x5", "5 euros", "5 EURO", "5 dollars", "3 ,5%", "1..2%")) {
      assertEquals(GeoEvidence.STATISTIC.matcher(text).find(), GeoEvidence.hasStatistic(text), text);
    }
  }

  @Test
  void hasStatistic_unitsAndWhatFollowsThem_asTheRegularExpression() {
    // where a unit's word boundary depends on a character outside ASCII the regex itself decides; the
    // answers are also given as literals, so the hand-made part is checked against more than itself
    for (String text : List.of("5 procent\u0301", "5 procenté", "5 euro\ud835\udc00", "5 EUR\u00a0", "5 euro.",
        "5 eurx", "5 euro_", "5 EURO1", "5\t%", "5\u000b%", "5\r\nprocent", "5\u00a0%", "5  %", "€\t5", "€\u00a05",
        "£ 1", "$\n2", "1.%", "1,5%", "x1%", "1.2.3", "12dollarcent", "5 PER CENT", "5 per  cent", "5 Percent!")) {
      assertEquals(GeoEvidence.STATISTIC.matcher(text).find(), GeoEvidence.hasStatistic(text), text);
    }
    for (String text : List.of("5 procent\u00a0", "5 euro.", "5\t%", "5\u000b%", "€\t5", "£ 1", "$\n2", "1,5%", "x1%",
        "12dollarcent", "5 PER CENT", "5 Percent!")) {
      assertTrue(GeoEvidence.hasStatistic(text), text);
    }
    // a unit followed by a letter or mark outside ASCII ("5 procenté") has no literal answer: whether \b
    // lies there changed in Java 19 (ASCII word characters only), and the regex decides as its JDK does
    for (String text : List.of("5 eurx", "5 euro_", "5 EURO1", "5\u00a0%", "5  %", "€\u00a05", "1.%", "1.2.3",
        "5 per  cent")) {
      assertFalse(GeoEvidence.hasStatistic(text), text);
    }
  }

  /** What {@link GeoEvidence#hasQuotation} replaced: the regex, and the words of each quotation it finds. */
  private static boolean quotationByRegex(String text) {
    var m = GeoEvidence.QUOTED.matcher(text);
    while (m.find()) {
      if (Words.count(m.group(1)) >= 3) {
        return true;
      }
    }
    return false;
  }

  @Test
  void hasQuotation_anyText_isTheRegularExpression() {
    qt().withExamples(8000).forAll(lists().of(arbitrary().pick(List.of("\"", "“", "”", "„", "«", "»", "word", "AI-tool",
        "1.500", " ", "-", "'", "\n", "é", "\ud835\udc00"))).ofSizeBetween(0, 16).map(l -> String.join("", l))
        .mix(strings().allPossible().ofLengthBetween(0, 40), 30))
        .checkAssert(text -> assertEquals(quotationByRegex(text), GeoEvidence.hasQuotation(text), text));
  }

  @Test
  void hasQuotation_marksAtTheEndsAndNested_asTheRegularExpression() {
    for (String text : List.of("", "\"", "\"\"", "\"een twee drie\"", "“een twee drie”", "„een twee drie”",
        "«een twee drie»", "„een twee drie\"", "“een twee drie", "een twee drie”", "\"een \"twee drie\"",
        "“een „twee drie vier” vijf”", "\"een twee\" \"drie vier vijf\"", "«een twee drie„", "x \"a b c\"", "\"\" a b c\"",
        "«» a b c»")) {
      assertEquals(quotationByRegex(text), GeoEvidence.hasQuotation(text), text);
    }
    assertTrue(GeoEvidence.hasQuotation("Zij zei: \"dit werkt echt\"."));
    assertFalse(GeoEvidence.hasQuotation("Zij zei: \"dit werkt\"."));
  }

  @Test
  void hasAttribution_anyText_isTheRegularExpression() {
    qt().withExamples(10000).forAll(lists().of(arbitrary().pick(List.of("zegt", "ZEGT", "Zei", "zeggen", "schrijft",
        "SCHREEF", "schrijven", "stelt", "stelde", "bestelt", "vertelt", "vertelde", "aldus", "volgens", "legt", "uit",
        "says", "ſays", "said", "writes", "wrote", "according", "to", "explains", "explained", "explain", "\u212a",
        "\u0130", "ı", " ", "  ", "\n", "\t", "x", "é", "\u0301", "_", "1", "—", "–", "\"", "”", "»", "Anna", "anna",
        "\ud835\udc00"))).ofSizeBetween(0, 10).map(l -> String.join("", l))
        .mix(strings().allPossible().ofLengthBetween(0, 30), 20))
        .checkAssert(text -> assertEquals(GeoEvidence.ATTRIBUTION.matcher(text).find(), GeoEvidence.hasAttribution(text),
            text));
  }

  @Test
  void hasAttribution_verbsAndBoundaries_asTheRegularExpression() {
    for (String text : List.of("", "zegt", "Anna zegt", "bestelt", "zegtje", "zegt_", "_zegt", "1zegt", "ézegt",
        "e\u0301zegt", "legt het uit", "legt  het\nuit.", "legt uit", "legt het uitleg", "according to", "according  to",
        "accordingto", "ſays", "SAID.", "volgens\u0301", "— Anna", "\" — Anna", "x — Anna", "— anna", "»\n–Bob",
        "xzegt", "Anna_zegt", "a\u0301zegt", "\u00e9zegt", "\u00a0zegt", "\u212azegt", "\ud835\udc00zegt", "9says",
        "(zegt)", "'zegt'", "Annaſays", "xſays", "9ſays", "_ſays", "a\u212azegt")) {
      assertEquals(GeoEvidence.ATTRIBUTION.matcher(text).find(), GeoEvidence.hasAttribution(text), text);
    }
    // text with a dash goes to the regular expression itself, so its answers are also given as they are
    for (String dashed : List.of("— Anna", "\" — Anna", "»\n–Bob", "Anna zegt — niets")) {
      assertTrue(GeoEvidence.hasAttribution(dashed), dashed);
    }
    for (String dashed : List.of("x — Anna", "1 – 2", "—")) {
      assertFalse(GeoEvidence.hasAttribution(dashed), dashed);
    }
  }

  @Test
  void verbStarts_coverEveryVerbOfTheRegularExpression() {
    // the verbs as the pattern lists them; a verb added there without its start would never be asked for
    String pattern = GeoEvidence.ATTRIBUTION.pattern();
    String verbs = pattern.substring(pattern.indexOf("(?:") + 3, pattern.indexOf(")\\b"));
    assertEquals(20, verbs.split("\\|").length, verbs);
    for (String verb : verbs.split("\\|")) {
      String word = verb.replaceAll("\\\\s\\+.*", "");
      assertTrue(GeoEvidence.VERB_STARTS.stream().anyMatch(word::startsWith), word);
      assertTrue(GeoEvidence.hasAttribution("Anna " + verb.replace("\\s+\\S+\\s+", " het ").replace("\\s+", " ")),
          verb);
    }
  }

  /** What {@link GeoEvidence.PlaceSpellings#count} replaced: every spelling looked for in the lower-cased text. */
  private static int[] placeCountsByLowerCase(List<Place> places, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    int[] counts = new int[places.size()];
    for (int i = 0; i < places.size(); i++) {
      for (String spelling : places.get(i).spellings()) {
        counts[i] += GeoEvidence.occurrences(lower, spelling.toLowerCase(Locale.ROOT));
      }
    }
    return counts;
  }

  private static final List<Place> PLACES = List.of(
      new Place("Amsterdam", "City", List.of("A'dam"), SourceSpan.UNKNOWN),
      new Place("Den Haag", "City", List.of("'s-Gravenhage", "Haag"), SourceSpan.UNKNOWN),
      new Place("İzmir", "City", List.of("Ærø", "a a", ""), SourceSpan.UNKNOWN),
      new Place("Σάμος", "Place", List.of("\ud801\udc00x", "ΣΑΜΟΣ"), SourceSpan.UNKNOWN),
      new Place("Kampen", "City", List.of("Ee", "-x-"), SourceSpan.UNKNOWN));

  private static int[] placeCounts(List<Place> places, String text) {
    int[] counts = new int[places.size()];
    // the array is longer than the text, as PlaceCounter's buffer is, with a letter after it that must not count
    char[] chars = (text + "x").toCharArray();
    new GeoEvidence.PlaceSpellings(places).count(text, chars, counts);
    return counts;
  }

  /** The kinds of character {@link GeoEvidence.PlaceSpellings#count} says {@code text} holds. */
  private static int kinds(String text) {
    return new GeoEvidence.PlaceSpellings(PLACES).count(text, text.toCharArray(), new int[PLACES.size()]);
  }

  @Test
  void placeCount_kindsOfCharacter_neverMissAStatisticOrQuotation() {
    // of() asks for statistics and quotations only in blocks with a character that can start one
    qt().withExamples(10000).forAll(lists().of(arbitrary().pick(List.of("12", "5%", "€5", "$ 1", "£2", "procent", "\"",
        "“", "„", "«", "”", "»", "een twee drie", "x", " ", "İ", "Σ", "\ud801\udc00", "é", "Amsterdam")))
        .ofSizeBetween(0, 10).map(l -> String.join("", l)).mix(strings().allPossible().ofLengthBetween(0, 30), 20))
        .checkAssert(text -> {
          int kinds = kinds(text);
          if ((kinds & GeoEvidence.STATISTIC_START) == 0) {
            assertFalse(GeoEvidence.hasStatistic(text), text);
          }
          if ((kinds & GeoEvidence.OPENING_QUOTE) == 0) {
            assertFalse(GeoEvidence.hasQuotation(text), text);
          }
        });
  }

  @Test
  void placeCount_kindsOfCharacter_namedForEachStart() {
    for (String text : List.of("1", "x9", "$", "€", "£", "a € b", "İ 5", "\ud801\udc00 7")) {
      assertTrue((kinds(text) & GeoEvidence.STATISTIC_START) != 0, text);
    }
    for (String text : List.of("\"", "“", "„", "«", "x \"a", "İ «", "Σ„")) {
      assertTrue((kinds(text) & GeoEvidence.OPENING_QUOTE) != 0, text);
    }
    for (String text : List.of("", "een twee", "”»", "¢ ¥", "٣", "\uff15")) {
      assertEquals(0, kinds(text) & (GeoEvidence.STATISTIC_START | GeoEvidence.OPENING_QUOTE), text);
    }
  }

  @Test
  void placeCount_anyText_isTheSpellingsInTheLowerCasedText() {
    qt().withExamples(10000).forAll(lists().of(arbitrary().pick(List.of("Amsterdam", "AMSTERDAM", "amsterdammer",
        "A'dam", "den haag", "Den  Haag", "'s-Gravenhage", "'S-GRAVENHAGE", "haag", "a", "A", " ", "-", "1", "'", "x",
        "é", "\u0301", "İzmir", "izmir", "i\u0307zmir", "ærø", "ÆRØ", "σάμος", "ΣΆΜΟΣ", "Σ", "ς", "\ud801\udc00x",
        "\ud801\udc28x", "\ud801", "\u212a", "ampen", "Kampen", "Ee", "e", "E", "-x-", "_", "€", "\""))).ofSizeBetween(0, 10)
        .map(l -> String.join("", l))
        .mix(strings().allPossible().ofLengthBetween(0, 30), 20))
        .checkAssert(text -> assertArrayEquals(placeCountsByLowerCase(PLACES, text), placeCounts(PLACES, text), text));
  }

  @Test
  void placeCount_wordsAtTheEndsAndOverlapping_counted() {
    assertArrayEquals(new int[] {2, 0, 0, 0, 0}, placeCounts(PLACES, "Amsterdam en AMSTERDAM, niet Amsterdammer"));
    // "Haag" is a spelling of its own, so "Den Haag" counts twice.
    assertArrayEquals(new int[] {0, 4, 0, 0, 0}, placeCounts(PLACES, "Den Haag ('s-Gravenhage) en haag"));
    // "a a" is found twice in "a a a", overlapping, as String.indexOf finds it.
    assertArrayEquals(new int[] {0, 0, 2, 0, 0}, placeCounts(PLACES, "a a a"));
    // İ lower-cases to two characters: counted on the lower-cased text, as before. The reference does
    // just that, so the counts are also asserted as literals, not only compared with it.
    assertArrayEquals(placeCountsByLowerCase(PLACES, "İzmir en Amsterdam"), placeCounts(PLACES, "İzmir en Amsterdam"));
    assertArrayEquals(new int[] {1, 0, 1, 0, 0}, placeCounts(PLACES, "İzmir en Amsterdam"));
    // a plain "izmir" is not İzmir; a composed and a decomposed İ both are
    assertArrayEquals(new int[] {0, 0, 2, 0, 0}, placeCounts(PLACES, "izmir İzmir i\u0307zmir"));
    assertArrayEquals(new int[] {1, 0, 0, 0, 0}, placeCounts(PLACES, "İ Amsterdam"));
  }

  @Test
  void placeCount_shortNonAsciiAndPunctuationSpellings_counted() {
    // "Ee" only as a word of its own; "-x-" starts and ends with punctuation, and still counts only with no
    // letter or digit just before or after it
    assertArrayEquals(new int[] {0, 0, 0, 0, 3}, placeCounts(PLACES, "Ee, ee en EE; niet Eefde of eeee"));
    assertArrayEquals(new int[] {0, 0, 0, 0, 2}, placeCounts(PLACES, "(-x-) a-x- -x-b -x-x- -x-"));
    assertArrayEquals(placeCountsByLowerCase(PLACES, "(-x-) a-x- -x-b -x-x- -x-"),
        placeCounts(PLACES, "(-x-) a-x- -x-b -x-x- -x-"));
    // the Kelvin sign lower-cases to k, as the lower-cased text has it
    assertArrayEquals(new int[] {0, 0, 0, 0, 1}, placeCounts(PLACES, "\u212aampen"));
    // spellings that start outside ASCII, at the ends of the text
    assertArrayEquals(new int[] {0, 0, 2, 1, 0}, placeCounts(PLACES, "ærø ÆRØ σάμος"));
    assertArrayEquals(new int[] {0, 0, 0, 0, 0}, placeCounts(PLACES, "ærøx σάμοςe"));
    // a spelling cut off by the end of the text does not count
    assertArrayEquals(new int[] {0, 0, 0, 0, 0}, placeCounts(PLACES, "Amsterda"));
  }
}
