package nl.geokern.core.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name closest to a misspelt one, for "did you mean …?" hints. */
public final class Suggestions {

  private Suggestions() {}

  /**
   * The candidate closest to {@code wrong} by edit distance (ignoring case), if it is close enough to
   * be a plausible misspelling: one edit for names of up to 3 characters, else 2 edits or a third of the
   * longer name's length, at most 3.
   */
  public static Optional<String> closest(String wrong, Collection<String> candidates) {
    String w = wrong.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = editDistance(w, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    int length = Math.max(w.length(), best.length());
    int limit = length <= 3 ? 1 : Math.min(3, Math.max(2, length / 3));
    return bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  /** Levenshtein distance between two strings (insertions, deletions, substitutions). */
  public static int editDistance(CharSequence a, CharSequence b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
