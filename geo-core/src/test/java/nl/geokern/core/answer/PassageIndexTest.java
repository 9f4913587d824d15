package nl.geokern.core.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.geokern.core.model.SourceSpan;
import org.junit.jupiter.api.Test;

class PassageIndexTest {

  private static Passage passage(String page, String heading, String text) {
    return new Passage(page, "", List.of("Titel", heading), text, SourceSpan.UNKNOWN);
  }

  private static final List<Passage> DUTCH = List.of(
      passage("a.html", "Over ons", "Wij zijn een klein bureau in Amsterdam met tien medewerkers."),
      passage("b.html", "Prijzen", "De kosten van een training liggen tussen de 500 en 1500 euro per groep."),
      passage("c.html", "Planning", "Een training plannen we meestal binnen drie weken na het eerste gesprek."),
      passage("d.html", "Privacy", "Dit verwerkt geen persoonsgegevens buiten de EU, zegt de training."));

  @Test
  void search_dutchStemsAndDropsStopWords() {
    try (PassageIndex index = PassageIndex.build(DUTCH, "nl-NL")) {
      List<PassageHit> hits = index.search("Wat kost een training?", 10);
      assertEquals("b.html", hits.get(0).passage().page(), "kost ~ kosten");
      assertEquals(List.of(1, 2, 3), hits.stream().map(PassageHit::rank).toList());
      assertTrue(hits.get(0).score() > hits.get(1).score());
      assertEquals(List.of(), index.search("Wat is het en hoe?", 10), "only stop words");
    }
  }

  @Test
  void search_englishStems() {
    List<Passage> english = List.of(
        passage("a.html", "About", "We are a small agency with ten people."),
        passage("b.html", "Pricing", "Training costs between 500 and 1500 euros per group."));
    try (PassageIndex index = PassageIndex.build(english, "en-GB")) {
      assertEquals("b.html", index.search("How much does a training cost?", 10).get(0).passage().page());
      assertEquals(List.of(), index.search("What is it and how?", 10));
    }
  }

  @Test
  void search_headingOutweighsTheSameWordInText() {
    List<Passage> passages = List.of(
        new Passage("text.html", "", List.of("Algemeen"), "Iets over planning en nog veel meer woorden hier.",
            SourceSpan.UNKNOWN),
        new Passage("heading.html", "", List.of("Planning"), "Iets over algemeen en nog veel meer woorden hier.",
            SourceSpan.UNKNOWN));
    try (PassageIndex index = PassageIndex.build(passages, "nl")) {
      assertEquals("heading.html", index.search("planning", 10).get(0).passage().page());
    }
  }

  @Test
  void search_treatsQuerySyntaxAsPlainWords() {
    try (PassageIndex index = PassageIndex.build(DUTCH, "nl-NL")) {
      for (String question : new String[] {"kosten AND (training OR \"groep", "training* ~2 ^3 [a TO z] {x} \\",
          "prijzen: -kosten +training!", "/training/ && ||", ""}) {
        List<PassageHit> hits = index.search(question, 10);
        assertTrue(question.isEmpty() || !hits.isEmpty(), question);
      }
      assertEquals("b.html", index.search("kosten AND (training OR \"groep", 10).get(0).passage().page());
    }
  }

  @Test
  void search_limitsToDepthAndFlagsEachHit() {
    try (PassageIndex index = PassageIndex.build(DUTCH, "nl-NL")) {
      List<PassageHit> hits = index.search("training", 2);
      assertEquals(2, hits.size());
      PassageHit privacy = index.search("persoonsgegevens", 10).get(0);
      assertEquals("d.html", privacy.passage().page());
      assertTrue(privacy.answersFirst());
      assertFalse(privacy.standsAlone(), "opens with 'Dit'");
      assertThrows(IllegalArgumentException.class, () -> index.search("training", 0));
    }
  }

  @Test
  void search_otherLanguageMatchesWholeWords() {
    try (PassageIndex index = PassageIndex.build(List.of(passage("a.html", "Prix", "Le prix est de 500 euros.")), "fr")) {
      assertEquals(1, index.search("Quel est le prix ?", 10).size());
      assertEquals(1, index.size());
    }
  }
}
