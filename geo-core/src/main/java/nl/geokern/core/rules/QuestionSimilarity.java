package nl.geokern.core.rules;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

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
  static int[] shingles(String normalised, ShingleIds dictionary) {
    if (normalised.isEmpty()) {
      return new int[0];
    }
    int n = normalised.length();
    int[] ids = new int[n];
    // The trigrams of " " + normalised + " ", without building that string or any of the trigrams.
    char a = ' ';
    char b = normalised.charAt(0);
    for (int i = 0; i < n; i++) {
      char c = i + 1 < n ? normalised.charAt(i + 1) : ' ';
      ids[i] = dictionary.idOf(a, b, c);
      a = b;
      b = c;
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
    return n == ids.length ? ids : Arrays.copyOf(ids, n);
  }

  /**
   * Ids for shingles, the next id for each new one: {@code Map<String, Integer>} without a string or a
   * box per shingle. The three characters are the key, packed into a long.
   */
  static final class ShingleIds {
    private long[] keys = new long[1024];
    private int[] ids = new int[1024];
    private int size;

    /** The id of the shingle {@code abc}; a new shingle gets the number of shingles seen before it. */
    int idOf(char a, char b, char c) {
      // Plus one, so that no key is 0, which marks an empty slot.
      long key = ((long) a << 32 | (long) b << 16 | c) + 1;
      int slot = slot(key, keys.length);
      while (keys[slot] != 0) {
        if (keys[slot] == key) {
          return ids[slot];
        }
        slot = (slot + 1) & (keys.length - 1);
      }
      int id = size++;
      keys[slot] = key;
      ids[slot] = id;
      if (size * 2 > keys.length) {
        grow();
      }
      return id;
    }

    /** The number of shingles seen. */
    int size() {
      return size;
    }

    private static int slot(long key, int capacity) {
      return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & (capacity - 1);
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldIds = ids;
      keys = new long[oldKeys.length * 2];
      ids = new int[oldKeys.length * 2];
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != 0) {
          int slot = slot(oldKeys[i], keys.length);
          while (keys[slot] != 0) {
            slot = (slot + 1) & (keys.length - 1);
          }
          keys[slot] = oldKeys[i];
          ids[slot] = oldIds[i];
        }
      }
    }
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
