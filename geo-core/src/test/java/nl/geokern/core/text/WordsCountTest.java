package nl.geokern.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Words#count}'s one-pass count (no look-ahead) finds the words that the {@link Words#start} /
 * {@link Words#end} walk finds, over every range of text crowded with joiners: two in a row, one at
 * either end of the range, one after a non-word char, and the curly apostrophe (the one joiner
 * beyond ASCII).
 */
class WordsCountTest {

  /** Words.count as the walk of start and end defines it. */
  private static int walked(CharSequence text, int from, int to) {
    int n = 0;
    for (int i = Words.start(text, from, to); i < to; i = Words.start(text, Words.end(text, i, to), to)) {
      n++;
    }
    return n;
  }

  @Test
  void count_everyRange_isTheWalksCount() {
    for (String text : List.of("", "a", "-", "a-", "-a", "a-b", "a--b", "a-.b", "a.b.c", "1.500", "1.500.",
        "zo'n", "zo\u2019n", "zo\u2019", "\u2019n", "a -b", "a- b", "ab-cd-ef", "a.-", ".a.", "é-é", "ï'ë",
        "a\u00a0b", "a\u2018b", "x\ud835\udc00y", "\ud835\udc00-a", "a_b", "A-traject van 1.500 euro's.")) {
      for (int from = 0; from <= text.length(); from++) {
        for (int to = from; to <= text.length(); to++) {
          assertEquals(walked(text, from, to), Words.count(text, from, to), text + " [" + from + ", " + to + ")");
          char[] chars = ("#" + text + "#").toCharArray();
          assertEquals(walked(text, from, to), Words.count(chars, from + 1, to + 1), text + " in an array");
        }
      }
    }
  }

  @Test
  void count_randomJoinerHeavyText_isTheWalksCount() {
    char[] alphabet = {'a', 'Z', '7', 'é', 'ß', '-', '-', '.', '.', '\'', '\u2019', '\u2019', ' ', ',', '\n', '\u2018', '_'};
    Random random = new Random(20261127);
    for (int k = 0; k < 20_000; k++) {
      char[] chars = new char[random.nextInt(24)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String text = new String(chars);
      int from = text.isEmpty() ? 0 : random.nextInt(text.length());
      int to = from + (text.length() == from ? 0 : random.nextInt(text.length() - from + 1));
      assertEquals(walked(text, 0, text.length()), Words.count(text), text);
      assertEquals(walked(text, from, to), Words.count(text, from, to), text + " [" + from + ", " + to + ")");
    }
  }
}
