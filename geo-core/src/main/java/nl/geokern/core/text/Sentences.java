package nl.geokern.core.text;

import java.util.ArrayList;
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

  private Sentences() {}

  /** The sentences of {@code text}, stripped, in order; empty for blank text. */
  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
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
      add(out, text.substring(start, end));
      start = next;
      i = next - 1;
    }
    add(out, text.substring(Math.min(start, n)));
    return out;
  }

  private static void add(List<String> out, String sentence) {
    String s = sentence.strip();
    if (!s.isEmpty() && Words.count(s) > 0) {
      out.add(s);
    }
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == '\u201d' || c == '\u2019' || c == '*' || c == '_';
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c' || c == '\'' || c == '('
        || c == '*' || c == '-' || c == '\u2018' || c == '[';
  }

  private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
    int w = dot;
    while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
      w--;
    }
    String word = text.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
    if (word.isEmpty()) {
      return false;
    }
    // A single letter (an initial such as "J. Bakker") or a known abbreviation continues the sentence.
    return word.length() == 1 && Character.isLetter(word.charAt(0)) || ABBREVIATIONS.contains(word);
  }
}
