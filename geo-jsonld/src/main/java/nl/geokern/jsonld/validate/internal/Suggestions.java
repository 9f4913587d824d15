package nl.geokern.jsonld.validate.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/** Finds the known name closest to a misspelled one, for "did you mean" hints. */
public final class Suggestions {

  private Suggestions() {}

  /**
   * The candidate closest to {@code word} by edit distance (insertions, deletions, substitutions
   * and swaps of adjacent letters), if it is close enough to be a likely typo. Ties go to a
   * {@code preferred} candidate, then to the alphabetically first.
   */
  public static Optional<String> closest(String word, Collection<String> candidates, Predicate<String> preferred) {
    String w = word.toLowerCase(Locale.ROOT);
    int limit = w.length() <= 4 ? 1 : w.length() <= 8 ? 2 : 3;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean bestPreferred = false;
    for (String c : candidates) {
      if (Math.abs(c.length() - w.length()) > limit) {
        continue;
      }
      int d = distance(w, c.toLowerCase(Locale.ROOT));
      if (d > limit) {
        continue;
      }
      boolean p = preferred.test(c);
      if (d < bestDistance || (d == bestDistance && p && !bestPreferred)
          || (d == bestDistance && p == bestPreferred && c.compareTo(best) < 0)) {
        best = c;
        bestDistance = d;
        bestPreferred = p;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Optimal-string-alignment distance between two strings. */
  static int distance(String a, String b) {
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
