package nl.geokern.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

  @Test
  void split_endsAtPunctuationBeforeCapital() {
    assertEquals(List.of("Dit is een zin.", "Is dit er nog een?", "Ja!"), Sentences.split("Dit is een zin. Is dit er nog een? Ja!"));
  }

  @Test
  void split_keepsAbbreviationsAndDecimals() {
    assertEquals(List.of("Neem bijv. een proef van 1.5 week met o.a. Excel.", "Daarna meet je."),
        Sentences.split("Neem bijv. een proef van 1.5 week met o.a. Excel. Daarna meet je."));
  }

  @Test
  void split_lowerCaseAfterDotContinues() {
    assertEquals(List.of("Zie hoofdstuk 3. en verder"), Sentences.split("Zie hoofdstuk 3. en verder"));
  }

  @Test
  void split_blankTextHasNoSentences() {
    assertEquals(List.of(), Sentences.split("  "));
  }

  @Test
  void words_countsHyphenatedAndNumbersAsOne() {
    assertEquals(4, Words.count("Een AI-traject van 1.500"));
    assertEquals(List.of("Een", "AI-traject", "van", "1.500"), Words.split("Een AI-traject van 1.500 €"));
  }
}
