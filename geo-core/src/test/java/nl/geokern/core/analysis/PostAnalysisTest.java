package nl.geokern.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.geokern.core.TestContent;
import nl.geokern.core.model.ContentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What one post's analysis holds, from small posts written for each part. */
class PostAnalysisTest {

  @TempDir Path project;

  PostAnalysis analyse(String language, String keywords, String body) {
    ContentSet content = TestContent.forPosts(project)
        .with("site.yaml", TestContent.SITE_TWO_PLACES.replace("nl-NL", language))
        .post("p.md", TestContent.post("Werken in Den Haag", keywords.isEmpty() ? "" : "keywords: [" + keywords + "]",
            body)).load();
    return PostAnalysis.of(content.posts().get(0), content);
  }

  @Test
  void blocks_runningText_sentencesWordsAndSyllables() {
    PostAnalysis a = analyse("nl-NL", "", "# Kop\n\nDe kat zit op de mat. Wij helpen kleine bedrijven.\n\n| een | twee |\n|---|---|\n| drie | vier |\n");

    BlockAnalysis heading = a.block(0);
    BlockAnalysis paragraph = a.block(1);
    assertEquals(List.of(1, 0, List.of()), List.of(heading.words(), heading.syllables(), heading.sentenceWords()));
    // De kat zit op de mat: 6 syllables; Wij hel-pen klei-ne be-drij-ven: 8
    assertEquals(List.of(10, 14, List.of(6, 4)), List.of(paragraph.words(), paragraph.syllables(),
        paragraph.sentenceWords()));
    assertTrue(paragraph.isRunningText());
    assertFalse(a.block(2).isRunningText(), "a table row is no running text");
    assertEquals(2, a.block(2).words());
  }

  @Test
  void blocks_statisticsAndQuotations() {
    PostAnalysis a = analyse("nl-NL", "", """
        # Kop

        Het kost €1.500,- of 1.500 euro, EUR 300, $40 en 7 procent; niet 2025 of 3 euros.

        Zij zei: "dit werkt echt goed", volgens Anna.

        "Dit werkt echt goed", zonder bron.
        """);

    assertEquals(List.of("€1.500,-", "1.500 euro", "EUR 300", "$40", "7 procent"), a.block(1).statistics());
    assertTrue(a.block(2).attributedQuotation());
    assertFalse(a.block(3).attributedQuotation());
  }

  @Test
  void places_wholeWordsAliasesAndAccents() {
    PostAnalysis a = analyse("nl-NL", "", """
        # Kop

        In Amsterdam, Groot-Amsterdam en 's-Gravenhage; niet in Amsterdammer-land of Dén Haag-Zuid.
        """);

    assertEquals(List.of("Den Haag"), a.titlePlaces());
    assertEquals(List.of("Amsterdam", "Amsterdam", "Den Haag", "Den Haag"), a.block(1).places());
  }

  @Test
  void citations_distinctExternalTargetsOutsideTheSite() {
    PostAnalysis a = analyse("nl-NL", "", """
        # Kop

        Zie [CBS](https://www.cbs.nl/a), [nog eens](https://www.cbs.nl/a), [onze FAQ](https://www.test.example/faq.html),
        [contact](contact.html) en [KvK](https://kvk.nl/).
        """);

    assertEquals(List.of("https://www.cbs.nl/a", "https://kvk.nl/"), a.citations());
  }

  @Test
  void keyphrase_stemsStopWordsAndOccurrences() {
    PostAnalysis a = analyse("nl-NL", "automatisering van de administratie", """
        # Administratie automatiseren

        Wie zijn administratie automatiseert, spaart tijd.

        ## Hoe begin je?

        Met de automatisering van de administratie, en de administratie-automatisering daarna.
        """);

    KeyphraseMatch k = a.keyphrase().orElseThrow();
    assertEquals(List.of("automatisering", "administratie"), k.words());
    assertEquals(List.of("automatisering", "administratie"), k.missingInTitle());
    // "automatiseert" has another stem than "automatisering"
    assertEquals(List.of("automatisering"), k.missingInIntro());
    assertFalse(k.inSubheading());
    // the body is one run of words: one occurrence runs from the H1 into the intro
    assertEquals(2, k.occurrences());
  }

  @Test
  void keyphrase_englishSite_englishStemsAndStopWords() {
    PostAnalysis a = analyse("en-GB", "costs of AI workshops", """
        # The cost of an AI workshop

        What does an AI workshop cost?
        """);

    KeyphraseMatch k = a.keyphrase().orElseThrow();
    assertEquals(List.of("costs", "ai", "workshops"), k.words());
    assertEquals(List.of(), k.missingInIntro());
  }

  @Test
  void keyphrase_languageWithoutStemmer_exactWords() {
    PostAnalysis a = analyse("de-DE", "Kosten der Workshops", "# Kosten des Workshop\n\nText.\n");

    KeyphraseMatch k = a.keyphrase().orElseThrow();
    assertEquals(List.of("kosten", "der", "workshops"), k.words());
    assertEquals(Optional.empty(), a.language());
  }

  @Test
  void keyphrase_onlyStopWords_noMatch() {
    assertEquals(Optional.empty(), analyse("nl-NL", "van de", "# Kop\n\nTekst.\n").keyphrase());
  }
}
