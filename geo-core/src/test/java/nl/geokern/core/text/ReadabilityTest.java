package nl.geokern.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.geokern.core.text.Readability.Language;
import org.junit.jupiter.api.Test;

/** Syllable counts and scores checked against counts made by hand. */
class ReadabilityTest {

  /*
   * Six Dutch sentences, syllables counted by hand, word by word:
   *
   * 1. De(1) kat(1) zit(1) op(1) de(1) mat(1).                                   6 words,  6 syllables
   * 2. Wij(1) hel-pen(2) klei-ne(2) be-drij-ven(3) graag(1) op(1) weg(1).        7 words, 11 syllables
   * 3. Een(1) nieu-we(2) me-de-wer-ker(4) leert(1) de(1) ta-ken(2) bin-nen(2)
   *    twee(1) we-ken(2).                                                        9 words, 16 syllables
   * 4. Mooi-e(2) i-dee-en(3) groei-en(2) van-zelf(2) als(1) je(1) col-le-ga's(3)
   *    de(1) ruim-te(2) krij-gen(2).                                            10 words, 19 syllables
   * 5. Ge-ïn-te-res-seer-de(6) on-der-ne-mers(4) uit(1) U-trecht(2) vra-gen(2)
   *    vaak(1) naar(1) de(1) kos-ten(2).                                         9 words, 20 syllables
   * 6. Trou-we(2) klan-ten(2) blij-ven(2) eeu-wig(2) te-rug-ko-men(4).           5 words, 12 syllables
   *
   * Total: 46 words, 84 syllables, 6 sentences.
   * Flesch–Douma = 206.84 − 0.77 × (84 / 46 × 100) − 0.93 × (46 / 6)
   *              = 206.84 − 0.77 × 182.6087 − 0.93 × 7.6667
   *              = 206.84 − 140.6087 − 7.1300 = 59.1013  ("fairly hard")
   */
  static final String DUTCH = "De kat zit op de mat. Wij helpen kleine bedrijven graag op weg. "
      + "Een nieuwe medewerker leert de taken binnen twee weken. "
      + "Mooie ideeën groeien vanzelf als je collega's de ruimte krijgen. "
      + "Geïnteresseerde ondernemers uit Utrecht vragen vaak naar de kosten. "
      + "Trouwe klanten blijven eeuwig terugkomen.";

  static final Map<String, Integer> DUTCH_WORDS = new LinkedHashMap<>();

  static {
    put("De 1 kat 1 zit 1 op 1 de 1 mat 1");
    put("Wij 1 helpen 2 kleine 2 bedrijven 3 graag 1 op 1 weg 1");
    put("Een 1 nieuwe 2 medewerker 4 leert 1 de 1 taken 2 binnen 2 twee 1 weken 2");
    put("Mooie 2 ideeën 3 groeien 2 vanzelf 2 als 1 je 1 collega's 3 de 1 ruimte 2 krijgen 2");
    put("Geïnteresseerde 6 ondernemers 4 uit 1 Utrecht 2 vragen 2 vaak 1 naar 1 de 1 kosten 2");
    put("Trouwe 2 klanten 2 blijven 2 eeuwig 2 terugkomen 4");
  }

  private static void put(String wordsAndCounts) {
    String[] parts = wordsAndCounts.split(" ");
    for (int i = 0; i < parts.length; i += 2) {
      DUTCH_WORDS.put(parts[i], Integer.parseInt(parts[i + 1]));
    }
  }

  @Test
  void dutchSyllables_handCountedWords_match() {
    for (Map.Entry<String, Integer> e : DUTCH_WORDS.entrySet()) {
      assertEquals(e.getValue(), Readability.dutchSyllables(e.getKey()), e.getKey());
    }
  }

  @Test
  void score_handCountedDutchSentences_isFleschDouma() {
    Readability.Score score = Readability.score(Language.DUTCH, DUTCH).orElseThrow();

    assertEquals(46, score.words());
    assertEquals(6, score.sentences());
    assertEquals(84, score.syllables());
    assertEquals(59.10, score.value(), 0.01);
    assertEquals(206.84 - 0.77 * (84.0 / 46 * 100) - 0.93 * (46.0 / 6), score.value(), 1e-9);
    assertEquals("fairly hard", score.scale());
  }

  @Test
  void dutchSyllables_vowelGroupsAndSpecialCases_countAsSpoken() {
    Map<String, Integer> cases = new LinkedHashMap<>();
    cases.put("nieuw", 1);       // ieu + w
    cases.put("leeuw", 1);       // eeu + w
    cases.put("vrouw", 1);       // ou + w
    cases.put("duwen", 2);       // du-wen
    cases.put("draaien", 2);     // draai-en
    cases.put("mooi", 1);        // ooi
    cases.put("moeite", 2);      // moei-te
    cases.put("huis", 1);        // ui
    cases.put("duurzaam", 2);    // uu, aa
    cases.put("theater", 3);     // the-a-ter: ea is no Dutch digraph
    cases.put("situatie", 4);    // si-tu-a-tie
    cases.put("coöperatie", 5);  // diaeresis splits
    cases.put("reünie", 3);      // re-ü-nie
    cases.put("gedetailleerde", 5); // ge-de-tail-leer-de: ai of a loanword is one vowel
    cases.put("café", 2);        // an acute accent does not split
    cases.put("één", 1);
    cases.put("AI", 2);          // acronym: a-i
    cases.put("MKB", 3);         // em-ka-bee
    cases.put("AI-traject", 4);  // a-i + tra-ject
    cases.put("ChatGPT", 4);     // chat + gee-pee-tee
    cases.put("2025", 4);        // one per digit
    cases.put("zo'n", 1);
    cases.put("-", 0);
    cases.forEach((word, n) -> assertEquals(n, Readability.dutchSyllables(word), word));
  }

  @Test
  void englishSyllables_commonWords_countAsSpoken() {
    Map<String, Integer> cases = new LinkedHashMap<>();
    cases.put("simple", 2);
    cases.put("words", 1);
    cases.put("reader", 2);
    cases.put("house", 1);
    cases.put("needed", 2);
    cases.put("jumped", 1);
    cases.put("wanted", 2);
    cases.put("make", 1);
    cases.put("table", 2);
    cases.put("paint", 1);
    cases.forEach((word, n) -> assertEquals(n, Readability.englishSyllables(word), word));
  }

  @Test
  void score_englishSentences_isFleschReadingEase() {
    // Simple(2) words(1) help(1) a(1) reader(2). The(1) old(1) house(1) needed(2) paint(1).
    // 10 words, 13 syllables, 2 sentences: 206.835 − 1.015 × 5 − 84.6 × 1.3 = 91.78
    Readability.Score score = Readability.score(Language.ENGLISH, "Simple words help a reader. The old house needed paint.")
        .orElseThrow();

    assertEquals(List.of(10, 13, 2), List.of(score.words(), score.syllables(), score.sentences()));
    assertEquals(91.78, score.value(), 0.01);
    assertEquals("easy", score.scale());
  }

  @Test
  void score_noWords_isEmpty() {
    assertEquals(Optional.empty(), Readability.score(Language.DUTCH, " … "));
  }

  @Test
  void fleschDouma_noSentences_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> Readability.fleschDouma(0, 0, 0));
  }

  @Test
  void scale_bands_matchTheFleschScale() {
    assertEquals(List.of("very hard", "hard", "hard", "fairly hard", "normal", "easy", "easy"),
        List.of(-5.0, 30.0, 49.9, 50.0, 60.0, 70.0, 120.0).stream().map(Readability::scale).toList());
  }

  @Test
  void languageOfTag_nlAndEn_haveFormulas() {
    assertEquals(Optional.of(Language.DUTCH), Language.ofTag("nl-NL"));
    assertEquals(Optional.of(Language.DUTCH), Language.ofTag("nl"));
    assertEquals(Optional.of(Language.ENGLISH), Language.ofTag("en-GB"));
    assertEquals(Optional.empty(), Language.ofTag("de-DE"));
    assertTrue(Language.DUTCH.formula().contains("Douma"));
  }
}
