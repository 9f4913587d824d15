package nl.geokern.core.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OpenersTest {

  @Test
  void standsAlone_dutchPronounsAndBackReferencesDoNot() {
    for (String text : new String[] {"Dit kost € 500.", "Dat hangt af van je team.", "Deze aanpak werkt.",
        "Die vraag krijgen we vaak.", "Ze werken online.", "Ook dit is een optie.", "Het kost € 500.",
        "Het hangt af van de groep.", "Zoals hierboven beschreven, kost het € 500.", "Zoals eerder gezegd: € 500.",
        "Daarom kiezen we voor een pilot."}) {
      assertFalse(Openers.standsAlone(text, IndexLanguage.DUTCH), text);
    }
  }

  @Test
  void standsAlone_dutchArticleHetAndPlainOpenersDo() {
    for (String text : new String[] {"Het bedrag hangt af van de groep.", "Een workshop kost € 500.",
        "Ja, tot een week vooraf.", "Ook facturen laten uitlezen levert winst op.", "Diensten op locatie kosten meer.",
        ""}) {
      assertTrue(Openers.standsAlone(text, IndexLanguage.DUTCH), text);
    }
  }

  @Test
  void standsAlone_englishPronounsAndBackReferencesDoNot() {
    for (String text : new String[] {"It depends on the team.", "This costs €500.", "These formats work.",
        "They work online.", "As mentioned above, it costs €500.", "As noted above: €500.", "That’s the price."}) {
      assertFalse(Openers.standsAlone(text, IndexLanguage.ENGLISH), text);
    }
    for (String text : new String[] {"A workshop costs €500.", "Yes, up to a week before.", "Items cost more."}) {
      assertTrue(Openers.standsAlone(text, IndexLanguage.ENGLISH), text);
    }
  }

  @Test
  void standsAlone_otherLanguagesAlwaysDo() {
    assertTrue(Openers.standsAlone("Dit kost € 500.", IndexLanguage.OTHER));
  }

  @Test
  void answersFirst_isTheFaqAnswerFirstTestOfAtMost30Words() {
    String thirty = "woord ".repeat(29) + "einde.";
    assertTrue(Openers.answersFirst(thirty + " Daarna een lange uitleg die niet meetelt."));
    assertFalse(Openers.answersFirst("woord " + thirty));
    assertFalse(Openers.answersFirst(""));
  }
}
