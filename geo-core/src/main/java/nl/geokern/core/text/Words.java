package nl.geokern.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits running text into words: runs of letters and digits, with inner hyphens, apostrophes and
 * number separators kept ({@code AI-traject}, {@code 's-Gravenhage}, {@code 1.500}).
 */
public final class Words {

  private Words() {}

  /** The number of words in {@code text}. */
  public static int count(CharSequence text) {
    return count(text, 0, text.length());
  }

  /** The number of words in {@code text} between {@code from} (inclusive) and {@code to} (exclusive). */
  public static int count(CharSequence text, int from, int to) {
    int n = 0;
    for (int i = start(text, from, to); i < to; i = start(text, end(text, i, to), to)) {
      n++;
    }
    return n;
  }

  /** The words of {@code text}, in order, as written. */
  public static List<String> split(CharSequence text) {
    List<String> out = new ArrayList<>();
    int to = text.length();
    for (int i = start(text, 0, to); i < to; ) {
      int end = end(text, i, to);
      out.add(text.subSequence(i, end).toString());
      i = start(text, end, to);
    }
    return out;
  }

  /**
   * Where the next word of {@code text} starts, looking from {@code from} up to {@code to}; {@code to}
   * when no word starts before it. A word starts at a letter or digit.
   */
  public static int start(CharSequence text, int from, int to) {
    int i = from;
    while (i < to && !Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Where the word that starts at {@code start} ends (exclusive), the text read up to {@code to}: at the
   * first character that is neither a letter or digit nor a joiner followed by one.
   */
  public static int end(CharSequence text, int start, int to) {
    int i = start + 1;
    while (i < to && (Character.isLetterOrDigit(text.charAt(i))
        || isJoiner(text.charAt(i)) && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1)))) {
      i++;
    }
    return i;
  }

  /** A hyphen, apostrophe or dot: it joins two runs of letters or digits into one word. */
  private static boolean isJoiner(char c) {
    return c == '-' || c == '\'' || c == '\u2019' || c == '.';
  }
}
