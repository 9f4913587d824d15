package nl.geokern.core.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.geokern.core.text.Readability.Language;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The in-place walks over text ({@link Sentences#bounds}, {@link Words#start}/{@link Words#end},
 * {@link Readability#sentences}) give what splitting the text into strings gives.
 */
class TextWalkTest {

  /** Running text with the characters the splitters treat specially, glued together at random. */
  private static final Gen<String> TEXT = lists().of(arbitrary().pick(List.of(
      "Een", "AI-traject", "van", "1.500", "euro", "bijv.", "o.a.", "J.", "Bakker", "MKB'ers", "ChatGPT", "ideeën",
      "geïnteresseerd", "café", "Ünïcode", "yoga", "makes", "played", "hopes", "the", "queue", "aaien", "mooi",
      "groei", "leeuw", "nieuw", ".", "!", "?", "…", "\"", "'", ")", "(", "”", "“", "*", "_", "-", "–", " ", " ",
      "  ", "\n", "\t", "\u00a0", "\u2019", "12", "3.", "e.g.", "x", "Q", "ß", "İ", "\uD835\uDC00")))
      .ofSizeBetween(0, 40).map(l -> String.join("", l))
      .mix(strings().allPossible().ofLengthBetween(0, 60), 25);

  /** The sentences that {@link Sentences#bounds} marks, copied out. */
  private static List<String> sentences(String text) {
    int[] b = Sentences.bounds(text);
    List<String> out = new ArrayList<>();
    for (int k = 0; k < b.length; k += 2) {
      out.add(text.substring(b[k], b[k + 1]));
    }
    return out;
  }

  @Test
  void bounds_areTheSentencesTheSplitterBeforeFound() {
    // the splitter as it was, kept once, in TextFastPathTest; this generator mixes in the abbreviations
    qt().withExamples(3000).forAll(TEXT).checkAssert(text ->
        assertEquals(Arrays.toString(TextFastPathTest.Before.bounds(text)), Arrays.toString(Sentences.bounds(text)),
            text));
  }

  @Test
  void bounds_sentencesHoldEveryWordOfTheText() {
    qt().withExamples(3000).forAll(TEXT).checkAssert(text -> {
      List<String> words = new ArrayList<>();
      for (String sentence : sentences(text)) {
        words.addAll(Words.split(sentence));
        assertEquals(sentence.strip(), sentence, text);
      }
      assertEquals(Words.split(text), words, text);
    });
  }

  @Test
  void bounds_example() {
    assertArrayEquals(new int[] {1, 16, 17, 36}, Sentences.bounds(" Dit is een zin. Neem bijv. een 1.5. "));
    assertArrayEquals(new int[0], Sentences.bounds(" ... "));
  }

  @Test
  void wordsInRange_areTheWordsOfTheSubstring() {
    qt().withExamples(3000).forAll(TEXT, arbitrary().pick(List.of(0, 1, 3, 7)), arbitrary().pick(List.of(0, 1, 2, 5)))
        .checkAssert((text, cutStart, cutEnd) -> {
          int from = Math.min(cutStart, text.length());
          int to = Math.max(from, text.length() - cutEnd);
          List<String> walked = new ArrayList<>();
          for (int i = Words.start(text, from, to); i < to; i = Words.start(text, Words.end(text, i, to), to)) {
            walked.add(text.substring(i, Words.end(text, i, to)));
          }
          assertEquals(Words.split(text.substring(from, to)), walked, text);
          assertEquals(walked.size(), Words.count(text, from, to), text);
        });
  }

  @Test
  void sentences_countWordsAndSyllablesOfEachSentence() {
    qt().withExamples(2000).forAll(TEXT).checkAssert(text -> {
      List<String> expected = new ArrayList<>();
      for (String s : Sentences.split(text)) {
        int syllables = 0;
        for (String w : Words.split(s)) {
          syllables += Readability.dutchSyllables(w);
        }
        expected.add(Words.count(s) + "/" + syllables);
      }
      List<String> counted = new ArrayList<>();
      Readability.sentences(text, Optional.of(Language.DUTCH), (w, s) -> counted.add(w + "/" + s));
      assertEquals(expected, counted, text);
      List<String> unscored = new ArrayList<>();
      Readability.sentences(text, Optional.empty(), (w, s) -> unscored.add(w + "/" + s));
      assertEquals(expected.stream().map(e -> e.replaceAll("/.*", "/0")).toList(), unscored, text);
    });
  }

  /** English syllables as first written: regular expressions for the silent ending and the vowel groups. */
  private static int englishReference(String lowerCaseLetters) {
    if (lowerCaseLetters.length() <= 3) {
      return 1;
    }
    String w = lowerCaseLetters.replaceFirst("(?:[^laeiouy]es|[^laeiouydt]ed|[^laeiouy]e)$", "").replaceFirst("^y", "");
    Matcher groups = Pattern.compile("[aeiouy]{1,2}").matcher(w);
    int n = 0;
    while (groups.find()) {
      n++;
    }
    return Math.max(1, n);
  }

  @Test
  void englishSyllables_lowerCaseWords_matchTheRegularExpressions() {
    qt().withExamples(5000).forAll(strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 12))
        .checkAssert(w -> assertEquals(englishReference(w), Readability.englishSyllables(w), w));
    for (String w : List.of("makes", "hopes", "played", "wanted", "needed", "yellow", "yes", "dye", "bee", "free",
        "lees", "aisle", "queue", "rhythm", "yaye")) {
      assertEquals(englishReference(w), Readability.englishSyllables(w), w);
    }
  }

  @Test
  void dutchSyllables_trigraphsAreOneVowel() {
    assertEquals(1, Readability.dutchSyllables("saai"));
    assertEquals(1, Readability.dutchSyllables("mooi"));
    assertEquals(1, Readability.dutchSyllables("groei"));
    assertEquals(1, Readability.dutchSyllables("eeuw"));
    assertEquals(1, Readability.dutchSyllables("nieuw"));
    assertEquals(2, Readability.dutchSyllables("aaien"));
    assertEquals(2, Readability.dutchSyllables("eieu"));
  }

  @Test
  void syllables_plainWords_countAsTheGeneralPath() {
    // A leading apostrophe sends a word down the general path (it skips the apostrophe) and changes no count.
    qt().withExamples(5000).forAll(strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 70),
        arbitrary().pick(List.of(true, false))).checkAssert((w, capital) -> {
          String word = capital ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w;
          for (Language language : Language.values()) {
            assertEquals(Readability.syllables(language, "'" + word), Readability.syllables(language, word), word);
          }
        });
  }
}
