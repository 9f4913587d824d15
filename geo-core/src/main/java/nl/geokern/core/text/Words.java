package nl.geokern.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits running text into words: runs of letters and digits, with inner hyphens, apostrophes and
 * number separators kept ({@code AI-traject}, {@code 's-Gravenhage}, {@code 1.500}).
 *
 * <p>{@link #start} and {@link #end} walk the words of a range of a text without copying them, for
 * callers that measure every word of a post.
 */
public final class Words {

  /** The longest text kept in the per-thread array of {@link #chars}. */
  private static final int MAX_BUFFERED = 1 << 16;

  private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[1024]);

  private Words() {}

  /**
   * {@code s[from, to)} at the start of an array: one kept per thread while the range fits
   * {@value #MAX_BUFFERED} chars, else a copy of its own. Valid until the thread's next call.
   */
  static char[] chars(String s, int from, int to) {
    int n = to - from;
    char[] chars = BUFFER.get();
    if (chars.length < n) {
      if (n > MAX_BUFFERED) {
        char[] own = new char[n];
        s.getChars(from, to, own, 0);
        return own;
      }
      chars = new char[Math.min(MAX_BUFFERED, Math.max(n, 2 * chars.length))];
      BUFFER.set(chars);
    }
    s.getChars(from, to, chars, 0);
    return chars;
  }

  /** The number of words in {@code text}. */
  public static int count(CharSequence text) {
    return count(text, 0, text.length());
  }

  /** The number of words in {@code text} between {@code from} (inclusive) and {@code to} (exclusive). */
  public static int count(CharSequence text, int from, int to) {
    if (text instanceof String s && from < to && to - from <= MAX_BUFFERED) {
      // A String's chars read faster from an array than one charAt at a time (each checks the coder
      // and the index); the copy is one bulk move into an array kept per thread.
      return count(chars(s, from, to), 0, to - from);
    }
    int n = 0;
    for (int i = start(text, from, to); i < to; i = start(text, end(text, i, to), to)) {
      n++;
    }
    return n;
  }

  /**
   * The number of words in {@code chars} between {@code from} and {@code to}, as {@link #count} counts
   * them, in one pass that does not branch on where words start (too irregular for a processor to
   * predict); only a char outside ASCII takes a branch of its own. A word starts at a word char that
   * follows neither a word char nor a joiner that follows one: such a joiner has a word char after it,
   * so {@link #end} reads on through it.
   */
  static int count(char[] chars, int from, int to) {
    int n = 0;
    // 1 where the char one back (two back) is a word char, or the one back a joiner; 0 before from.
    int word1 = 0;
    int word2 = 0;
    int joiner1 = 0;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      int kind = c < 128 ? ASCII_KINDS[c] : isWordChar(c) ? WORD : isJoiner(c) ? JOINER : 0;
      int word = kind & WORD;
      n += word & ~(word1 | joiner1 & word2);
      word2 = word1;
      word1 = word;
      joiner1 = kind >> 1;
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
    while (i < to && !isWordChar(text.charAt(i))) {
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
    while (i < to) {
      char c = text.charAt(i);
      if (!isWordChar(c) && !(isJoiner(c) && i + 1 < to && isWordChar(text.charAt(i + 1)))) {
        break;
      }
      i++;
    }
    return i;
  }

  /** {@link #start(CharSequence, int, int)} on an array. */
  static int start(char[] chars, int from, int to) {
    int i = from;
    while (i < to && !isWordChar(chars[i])) {
      i++;
    }
    return i;
  }

  /** {@link #end(CharSequence, int, int)} on an array. */
  static int end(char[] chars, int start, int to) {
    int i = start + 1;
    while (i < to) {
      char c = chars[i];
      if (!isWordChar(c) && !(isJoiner(c) && i + 1 < to && isWordChar(chars[i + 1]))) {
        break;
      }
      i++;
    }
    return i;
  }

  /** ASCII letters and digits, by code. */
  private static final boolean[] ASCII_WORD_CHARS = new boolean[128];

  /** {@link #count(char[], int, int)}'s kinds of char: a word char, a joiner, or neither (0). */
  private static final int WORD = 1;
  private static final int JOINER = 2;

  /** The kind of each ASCII char. */
  private static final byte[] ASCII_KINDS = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD_CHARS[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      ASCII_KINDS[c] = (byte) (ASCII_WORD_CHARS[c] ? WORD : isJoiner(c) ? JOINER : 0);
    }
  }

  /** A letter or digit; ASCII is decided by a table, without a Unicode look-up (most text is ASCII). */
  static boolean isWordChar(char c) {
    return c < 128 ? ASCII_WORD_CHARS[c] : Character.isLetterOrDigit(c);
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '\'' || c == '\u2019' || c == '.';
  }
}
