package nl.geokern.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits running text into sentences at {@code .}, {@code !}, {@code ?} (and {@code …}) followed by
 * white space and an upper-case letter, digit or quote, keeping common Dutch and English
 * abbreviations ({@code bijv.}, {@code o.a.}, {@code e.g.}) and decimal numbers ({@code 1.5}) inside
 * their sentence.
 */
public final class Sentences {

  private static final Set<String> ABBREVIATIONS = Set.of(
      "bijv", "bv", "o.a", "d.w.z", "m.a.w", "t.o.v", "i.p.v", "e.d", "enz", "etc", "ca", "nl", "nr", "dhr", "mevr",
      "mr", "dr", "prof", "ir", "ing", "drs", "z.g.a.n", "a.s", "jl", "e.g", "i.e", "vs", "mln", "mld", "excl", "incl",
      "max", "min", "p", "blz");

  private static final int LONGEST_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

  /** The abbreviations by length, as arrays, for comparing ASCII words without copying them. */
  private static final char[][][] ABBREVIATIONS_BY_LENGTH = new char[LONGEST_ABBREVIATION + 1][][];

  static {
    for (int len = 0; len <= LONGEST_ABBREVIATION; len++) {
      int l = len;
      ABBREVIATIONS_BY_LENGTH[len] = ABBREVIATIONS.stream().filter(a -> a.length() == l).sorted()
          .map(String::toCharArray).toArray(char[][]::new);
    }
  }

  private Sentences() {}

  /** The sentences of {@code text}, stripped, in order; empty for blank text. */
  public static List<String> split(String text) {
    int[] bounds = bounds(text);
    List<String> out = new ArrayList<>(bounds.length / 2);
    for (int k = 0; k < bounds.length; k += 2) {
      out.add(text.substring(bounds[k], bounds[k + 1]));
    }
    return out;
  }

  /**
   * Where the sentences of {@code text} are, without copying them: the start (inclusive) and end
   * (exclusive) of each, in pairs, so that {@code text.substring(b[2k], b[2k + 1])} is the k-th sentence
   * of {@link #split}.
   */
  public static int[] bounds(String text) {
    Bounds out = new Bounds();
    bounds(text.toCharArray(), text.length(), out, Integer.MAX_VALUE);
    return Arrays.copyOf(out.pairs, out.size);
  }

  /**
   * Where the first sentence of {@code text} is: the first pair of {@link #bounds(String)} ({@code
   * [start, end]}), or an empty array for text without a sentence. The scan stops at the end of the
   * first sentence.
   */
  public static int[] firstBounds(String text) {
    Bounds out = new Bounds();
    first(text, out);
    return Arrays.copyOf(out.pairs, out.size);
  }

  /**
   * The number of words ({@link Words#count}) of the first sentence of {@code text}, or -1 for text
   * without a sentence; the text is copied once, for both the sentence and its words.
   */
  public static int firstSentenceWords(String text) {
    Bounds out = new Bounds();
    char[] chars = first(text, out);
    return out.size == 0 ? -1 : Words.count(chars, out.pairs[0], out.pairs[1]);
  }

  /** The first sentence's bounds into {@code out}; returns the text's chars (Words' per-thread array). */
  private static char[] first(String text, Bounds out) {
    // one bulk copy into an array kept per thread (up to its size), rather than a new array each time
    char[] chars = Words.chars(text, 0, text.length());
    bounds(chars, text.length(), out, 2);
    return chars;
  }

  /** Sentence bounds in pairs ({@code pairs[0..size)}). */
  static final class Bounds {
    int[] pairs = new int[16];
    int size;

    /** Adds the stripped range as a sentence when it has a word. */
    void add(char[] text, int from, int to) {
      // String.strip() trims by Character.isWhitespace; no supplementary character is white space.
      int s = from;
      int e = to;
      while (s < e && Character.isWhitespace(text[s])) {
        s++;
      }
      while (e > s && Character.isWhitespace(text[e - 1])) {
        e--;
      }
      if (s == e || Words.start(text, s, e) == e) {
        return;
      }
      if (size + 2 > pairs.length) {
        pairs = Arrays.copyOf(pairs, pairs.length * 2);
      }
      pairs[size] = s;
      pairs[size + 1] = e;
      size += 2;
    }
  }

  /**
   * {@link #bounds(String)} of the first {@code n} chars of {@code text}, into the empty {@code out},
   * stopping once {@code out} holds {@code limit} ints (the first {@code limit / 2} sentences; the
   * pairs found before the stop are the same).
   */
  private static void bounds(char[] text, int n, Bounds out, int limit) {
    int start = 0;
    for (int i = 0; i < n; i++) {
      if (!isTerminator(text[i])) {
        continue;
      }
      int next = next(text, n, start, i);
      if (next < 0) {
        continue;
      }
      // only white space lies between the closers after the terminator and the next sentence, and
      // add strips it
      out.add(text, start, next);
      if (out.size >= limit) {
        return;
      }
      start = next;
      i = next - 1;
    }
    out.add(text, Math.min(start, n), n);
  }

  /** Whether {@code c} may end a sentence: {@code .}, {@code !}, {@code ?} or {@code …}. */
  static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  /**
   * Where the next sentence starts if the terminator at {@code i} ({@link #isTerminator}) ends the
   * sentence that starts at {@code start}: after the closing quotes or brackets and the white space
   * that follow the terminator. -1 when the sentence goes on: no white space or end of text after the
   * closers, no upper-case letter, digit or opening mark after the white space, or a {@code .} that
   * ends an abbreviation or initial.
   */
  static int next(char[] text, int n, int start, int i) {
    int end = i + 1;
    while (end < n && isCloser(text[end])) {
      end++;
    }
    if (end < n && !Character.isWhitespace(text[end])) {
      return -1;
    }
    int next = end;
    while (next < n && Character.isWhitespace(text[next])) {
      next++;
    }
    if (next < n && !startsSentence(text[next])) {
      return -1;
    }
    if (text[i] == '.' && isAbbreviation(text, start, i)) {
      return -1;
    }
    return next;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == '\u201d' || c == '\u2019' || c == '*' || c == '_';
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c' || c == '\'' || c == '('
        || c == '*' || c == '-' || c == '\u2018' || c == '[';
  }

  private static boolean isAbbreviation(char[] text, int sentenceStart, int dot) {
    int w = dot;
    while (w > sentenceStart && !Character.isWhitespace(text[w - 1]) && text[w - 1] != '(') {
      w--;
    }
    int length = dot - w;
    if (length == 0) {
      return false;
    }
    boolean ascii = true;
    for (int k = w; k < dot && ascii; k++) {
      ascii = text[k] < 128;
    }
    if (!ascii) {
      // Lower case can change the length of non-ASCII text ("İ"): compare the lower-cased copy.
      String word = new String(text, w, length).toLowerCase(Locale.ROOT);
      return word.length() == 1 && Character.isLetter(word.charAt(0)) || ABBREVIATIONS.contains(word);
    }
    if (length > LONGEST_ABBREVIATION) {
      // ASCII keeps its length in lower case: a longer word is neither an initial nor an abbreviation.
      return false;
    }
    // A single letter (an initial such as "J. Bakker") or a known abbreviation continues the sentence.
    if (length == 1 && Character.isLetter(text[w])) {
      return true;
    }
    for (char[] a : ABBREVIATIONS_BY_LENGTH[length]) {
      if (equalsLowerCase(text, w, a)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the ASCII chars of {@code text} from {@code from}, in lower case, are {@code lowerCase}. */
  private static boolean equalsLowerCase(char[] text, int from, char[] lowerCase) {
    for (int k = 0; k < lowerCase.length; k++) {
      char c = text[from + k];
      if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != lowerCase[k]) {
        return false;
      }
    }
    return true;
  }
}
