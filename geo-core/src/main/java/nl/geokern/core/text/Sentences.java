package nl.geokern.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    int[] out = new int[8];
    int size = 0;
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?' && c != '\u2026') {
        continue;
      }
      int end = i + 1;
      while (end < n && isCloser(text.charAt(end))) {
        end++;
      }
      if (end < n && !Character.isWhitespace(text.charAt(end))) {
        continue;
      }
      int next = end;
      while (next < n && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (next < n && !startsSentence(text.charAt(next))) {
        continue;
      }
      if (c == '.' && isAbbreviation(text, start, i)) {
        continue;
      }
      out = room(out, size);
      size = add(out, size, text, start, end);
      start = next;
      i = next - 1;
    }
    out = room(out, size);
    size = add(out, size, text, Math.min(start, n), n);
    return Arrays.copyOf(out, size);
  }

  private static int[] room(int[] bounds, int size) {
    return size + 2 <= bounds.length ? bounds : Arrays.copyOf(bounds, bounds.length * 2);
  }

  /** Adds the stripped range as a sentence when it has a word; returns the new size. */
  private static int add(int[] bounds, int size, String text, int from, int to) {
    // String.strip() trims by Character.isWhitespace; no supplementary character is white space.
    int s = from;
    int e = to;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (s == e || Words.start(text, s, e) == e) {
      return size;
    }
    bounds[size] = s;
    bounds[size + 1] = e;
    return size + 2;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == '\u201d' || c == '\u2019' || c == '*' || c == '_';
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c' || c == '\'' || c == '('
        || c == '*' || c == '-' || c == '\u2018' || c == '[';
  }

  private static boolean isAscii(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
    int w = dot;
    while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
      w--;
    }
    if (dot - w > LONGEST_ABBREVIATION && isAscii(text, w, dot)) {
      // ASCII keeps its length in lower case: a longer word is neither an initial nor an abbreviation.
      return false;
    }
    String word = text.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
    if (word.isEmpty()) {
      return false;
    }
    // A single letter (an initial such as "J. Bakker") or a known abbreviation continues the sentence.
    return word.length() == 1 && Character.isLetter(word.charAt(0)) || ABBREVIATIONS.contains(word);
  }
}
