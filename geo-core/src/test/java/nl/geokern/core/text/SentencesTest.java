package nl.geokern.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
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
  void firstBounds_isTheFirstPairOfBounds() {
    String sentence = "Dit is zin nummer een met wat woorden erin. ";
    List<String> texts = new ArrayList<>(List.of("", "  ", "...", "?! ...", ". Dit", "... Eerste zin. Tweede.",
        "Geen punt aan het eind", "Neem bijv. een proef van 1.5 week. Daarna meet je.", "Zo. İ. Daarna",
        "\"Zo?\" Ja. Nee.", "Wacht\u2026 Dan verder.", "Een zin.", " \n Een zin. \n", "€ 10. Of 12?"));
    // Longer than the per-thread array at first, longer than what it may grow to, and short again after:
    // what a longer text left in the array must not count.
    texts.add(sentence.repeat(40));
    texts.add(sentence.repeat(2000));
    texts.add("Kort");
    texts.add("x ".repeat(1000) + "y. Z");
    texts.add("Kort.");
    for (String text : texts) {
      int[] all = Sentences.bounds(text);
      assertEquals(Arrays.toString(Arrays.copyOf(all, Math.min(2, all.length))),
          Arrays.toString(Sentences.firstBounds(text)), text);
      assertEquals(all.length == 0 ? -1 : Words.count(text.substring(all[0], all[1])),
          Sentences.firstSentenceWords(text), text);
    }
    assertEquals(1, Sentences.firstSentenceWords("Kort"));
    assertEquals(2, Sentences.firstSentenceWords("... Eerste zin. Tweede zin hier."));
    assertEquals(-1, Sentences.firstSentenceWords(" \n "));
    assertEquals("[0, 4]", Arrays.toString(Sentences.firstBounds("Kort")));
    assertEquals("[4, 15]", Arrays.toString(Sentences.firstBounds("... Eerste zin. Tweede.")));
  }

  @Test
  void words_countsHyphenatedAndNumbersAsOne() {
    assertEquals(4, Words.count("Een AI-traject van 1.500"));
    assertEquals(List.of("Een", "AI-traject", "van", "1.500"), Words.split("Een AI-traject van 1.500 €"));
  }
}
