package nl.geokern.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordsTest {

  /** The definition of a word as a regex: letters and digits, joined by single hyphens, apostrophes and dots. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]+(?:[-'\u2019.][\\p{L}\\p{Nd}]+)*");

  private static List<String> byRegex(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Test
  void split_hyphenatedApostrophedAndNumbers_areOneWord() {
    assertEquals(List.of("Een", "AI-traject", "van", "1.500", "zo’n", "s-Gravenhage"),
        Words.split("Een AI-traject van 1.500 €, zo’n 's-Gravenhage."));
    assertEquals(4, Words.count("Een AI-traject van 1.500"));
  }

  @Test
  void split_joinersNotBetweenLetters_endTheWord() {
    assertEquals(List.of("a", "b", "c"), Words.split("a--b -c-"));
    assertEquals(2, Words.count("Een woord", 0, 9));
    assertEquals(1, Words.count("Een woord", 4, 9));
    assertEquals(0, Words.count("Een woord", 5, 2));
  }

  @Test
  void split_anyText_isTheWordsTheRegexFinds() {
    qt().withExamples(4000).forAll(lists().of(arbitrary().pick(List.of("a", "Z", "7", "é", "ß", "-", "--", ".", "'",
        "\u2019", " ", ",", "\n", "\u2018", "_", "\u00a0", "١"))).ofSizeBetween(0, 24).map(l -> String.join("", l)))
        .checkAssert(text -> assertEquals(byRegex(text), Words.split(text), text));
  }
}
