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
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean wordChar = isWordChar(c)
          || in && isJoiner(c) && i + 1 < text.length() && isWordChar(text.charAt(i + 1));
      if (wordChar && !in) {
        n++;
      }
      in = wordChar;
    }
    return n;
  }

  /** The words of {@code text}, in order, as written. */
  public static List<String> split(CharSequence text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      boolean wordChar = i < text.length() && (isWordChar(c)
          || start >= 0 && isJoiner(c) && i + 1 < text.length() && isWordChar(text.charAt(i + 1)));
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        out.add(text.subSequence(start, i).toString());
        start = -1;
      }
    }
    return out;
  }

  /** A letter or digit; ASCII is decided without a Unicode table look-up (most text is ASCII). */
  private static boolean isWordChar(char c) {
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return Character.isLetterOrDigit(c);
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '\'' || c == '\u2019' || c == '.';
  }
}
