package nl.geokern.core.rules;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Normalises questions and compares them by Jaccard similarity of their character-trigram shingles.
 *
 * <p>Normalising: Unicode NFD, accents (combining marks) removed, lower case, every character that is
 * not a letter or digit replaced by a space, white space collapsed. So {@code "Wat kost een
 * AI-workshop?"} becomes {@code "wat kost een ai workshop"}.
 *
 * <p>Shingles: every three consecutive characters of the normalised text padded with a space at both
 * ends. Character trigrams (rather than words) tolerate inflection, compounds and hyphenation
 * ({@code workshop}/{@code workshops}, {@code AI-workshop}/{@code AI workshop}), which matter in Dutch.
 * Similarity is {@code |A ∩ B| / |A ∪ B|}, from 0 (nothing shared) to 1 (same shingles).
 */
final class QuestionSimilarity {

  private QuestionSimilarity() {}

  /** The normalised form of a question (see the class description). */
  public static String normalise(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    boolean space = true;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
        space = false;
      } else if (!space) {
        sb.append(' ');
        space = true;
      }
    }
    int end = sb.length();
    if (end > 0 && sb.charAt(end - 1) == ' ') {
      sb.setLength(end - 1);
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The shingles of a normalised text, the trigrams of {@code " " + normalised + " "}, as ids from
   * {@code dictionary} (a new shingle gets the next id), sorted ascending and without repeats; empty for
   * empty text.
   */
  static int[] shingles(String normalised, Map<String, Integer> dictionary) {
    if (normalised.isEmpty()) {
      return new int[0];
    }
    String padded = " " + normalised + " ";
    int[] ids = new int[padded.length() - 2];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = dictionary.computeIfAbsent(padded.substring(i, i + 3), k -> dictionary.size());
    }
    return sortedDistinct(ids);
  }

  private static int[] sortedDistinct(int[] ids) {
    // Sorted and made distinct in place: IntStream.distinct boxes every id into a set.
    Arrays.sort(ids);
    int n = 0;
    for (int i = 0; i < ids.length; i++) {
      if (n == 0 || ids[i] != ids[n - 1]) {
        ids[n++] = ids[i];
      }
    }
    return Arrays.copyOf(ids, n);
  }

  /** The number of ids two sorted, repeat-free arrays share. */
  public static int overlap(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        n++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }

  /** The Jaccard similarity of two sorted, repeat-free shingle arrays; 0 when both are empty. */
  public static double jaccard(int[] a, int[] b) {
    int shared = overlap(a, b);
    int union = a.length + b.length - shared;
    return union == 0 ? 0 : (double) shared / union;
  }
}
