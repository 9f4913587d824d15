package nl.geokern.jsonld.suggest;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds the known name closest to a misspelt one, for the "did you mean …?" hints of every geo
 * message (unknown keys, rule ids, references, schema.org terms).
 */
public final class Suggestions {

  private Suggestions() {}

  /**
   * The candidate closest to {@code word}, ignoring case, if it is close enough to be a likely typo.
   * Ties go to the first candidate in iteration order.
   *
   * @see #closest(String, Collection, Predicate)
   */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    return closest(word, candidates, c -> false);
  }

  /**
   * The candidate closest to {@code word} by {@link #distance edit distance}, ignoring case, if it
   * is close enough to be a likely typo: one edit for words of up to 4 characters, two up to 8,
   * three beyond. Ties go to a {@code preferred} candidate, then to the first in iteration order.
   */
  public static Optional<String> closest(String word, Collection<String> candidates, Predicate<String> preferred) {
    Objects.requireNonNull(candidates, "candidates");
    Objects.requireNonNull(preferred, "preferred");
    String w = word.toLowerCase(Locale.ROOT);
    int limit = w.length() <= 4 ? 1 : w.length() <= 8 ? 2 : 3;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean bestPreferred = false;
    for (String c : candidates) {
      if (Math.abs(c.length() - w.length()) > limit) {
        continue; // the distance is at least the difference in length
      }
      int d = distance(w, c.toLowerCase(Locale.ROOT));
      if (d > limit) {
        continue;
      }
      boolean p = preferred.test(c);
      if (d < bestDistance || (d == bestDistance && p && !bestPreferred)) {
        best = c;
        bestDistance = d;
        bestPreferred = p;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The optimal-string-alignment distance between two strings: the fewest insertions, deletions,
   * substitutions and swaps of adjacent characters that turn one into the other (case counts).
   */
  public static int distance(CharSequence a, CharSequence b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }
}
