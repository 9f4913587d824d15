package nl.geokern.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /**
   * What follows a terminator that ends a sentence: closing quotes or brackets, then white space before
   * an upper-case letter, digit or opening mark, or the end of the text. It ends where the next
   * sentence starts.
   */
  private static final Pattern AFTER_END = Pattern.compile("[\"')\u201d\u2019*_]*"
      + "(?:\\p{javaWhitespace}+(?=[\\p{javaUpperCase}\\p{javaDigit}\"\u201c'(*\\-\u2018\\[])|\\p{javaWhitespace}*\\z)");

  private Sentences() {}

  /** The sentences of {@code text}, stripped, in order; empty for blank text. */
  public static List<String> split(String text) {
    return sentences(text, Integer.MAX_VALUE);
  }

  /** The first sentence of {@code text}, stripped; empty for text without a word. */
  public static Optional<String> first(String text) {
    return sentences(text, 1).stream().findFirst();
  }

  /**
   * The number of words ({@link Words#count}) of the first sentence of {@code text}, or -1 for text
   * without a sentence: how directly a text answers.
   */
  public static int firstSentenceWords(String text) {
    return first(text).map(Words::count).orElse(-1);
  }

  /** The first {@code limit} sentences of {@code text}; a stretch without a word is no sentence. */
  private static List<String> sentences(String text, int limit) {
    List<String> out = new ArrayList<>();
    Matcher after = null;
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?' && c != '\u2026') {
        continue;
      }
      after = after != null ? after : AFTER_END.matcher(text).useTransparentBounds(true);
      if (!after.region(i + 1, n).lookingAt() || c == '.' && isAbbreviation(text, start, i)) {
        continue;
      }
      add(text, start, after.end(), out);
      if (out.size() == limit) {
        return out;
      }
      start = after.end();
      i = start - 1;
    }
    add(text, start, n, out);
    return out;
  }

  /** Adds {@code text[from, to)}, stripped, when it has a word. */
  private static void add(String text, int from, int to, List<String> out) {
    int start = from;
    int end = to;
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (Words.start(text, start, end) < end) {
      out.add(text.substring(start, end));
    }
  }

  /** Whether the dot at {@code dot} ends an initial ({@code J. Bakker}) or a known abbreviation. */
  private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
    int w = dot;
    while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
      w--;
    }
    String word = text.substring(w, dot).toLowerCase(Locale.ROOT);
    return word.length() == 1 && Character.isLetter(word.charAt(0)) || ABBREVIATIONS.contains(word);
  }
}
