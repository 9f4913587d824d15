package nl.geokern.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SentencesTest {

  /** Running text with what the splitters treat specially: abbreviations, initials, numbers, quotes and closers. */
  static final Gen<String> TEXT = lists().of(arbitrary().pick(List.of(
      "Een", "AI-traject", "van", "1.500", "euro", "bijv.", "o.a.", "J.", "Bakker", "MKB'ers", "ChatGPT", "ideeën",
      "café", "e.g.", "3.", ".", "!", "?", "…", "\"", "'", ")", "(", "”", "“", "*", "_", "-", " ", " ", "\n", "\u00a0",
      "\u2019", "x", "Q", "İ"))).ofSizeBetween(0, 40).map(l -> String.join("", l));

  @Test
  void split_endsAtPunctuationBeforeCapital() {
    assertEquals(List.of("Dit is een zin.", "Is dit er nog een?", "Ja!"), Sentences.split("Dit is een zin. Is dit er nog een? Ja!"));
  }

  @Test
  void split_keepsAbbreviationsInitialsAndDecimals() {
    assertEquals(List.of("Neem bijv. een proef van 1.5 week met o.a. Excel en J. Bakker.", "Daarna meet je."),
        Sentences.split("Neem bijv. een proef van 1.5 week met o.a. Excel en J. Bakker. Daarna meet je."));
    assertEquals(List.of("Neem BIJV. een proef.", "Dan."), Sentences.split("Neem BIJV. een proef. Dan."));
  }

  @Test
  void split_closersAndOpenersAroundTheEnd() {
    assertEquals(List.of("\"Zo?\"", "Ja.", "(Nee.)", "*Toch.*", "Wacht\u2026", "Dan verder."),
        Sentences.split("\"Zo?\" Ja. (Nee.) *Toch.* Wacht\u2026 Dan verder."));
  }

  @Test
  void split_lowerCaseOrNoSpaceAfterDot_continues() {
    assertEquals(List.of("Zie hoofdstuk 3. en verder"), Sentences.split("Zie hoofdstuk 3. en verder"));
    assertEquals(List.of("Zie www.cbs.nl.Daarna"), Sentences.split("Zie www.cbs.nl.Daarna"));
  }

  @Test
  void split_textWithoutWords_hasNoSentences() {
    assertEquals(List.of(), Sentences.split("  "));
    assertEquals(List.of(), Sentences.split("?! ... –"));
  }

  @Test
  void first_andFirstSentenceWords_areTheFirstSentence() {
    assertEquals(Optional.of("Eerste zin."), Sentences.first("... Eerste zin. Tweede zin hier."));
    assertEquals(2, Sentences.firstSentenceWords("... Eerste zin. Tweede zin hier."));
    assertEquals(1, Sentences.firstSentenceWords("Kort"));
    assertEquals(-1, Sentences.firstSentenceWords(" \n "));
    assertEquals(Optional.empty(), Sentences.first("?!"));
  }

  @Test
  void split_anyText_sentencesHoldEveryWordOfTheText() {
    // the analysis counts a block's words as the words of its sentences
    qt().withExamples(3000).forAll(TEXT).checkAssert(text -> {
      List<String> words = new ArrayList<>();
      for (String sentence : Sentences.split(text)) {
        assertEquals(sentence.strip(), sentence, text);
        words.addAll(Words.split(sentence));
      }
      assertEquals(Words.split(text), words, text);
    });
  }
}
