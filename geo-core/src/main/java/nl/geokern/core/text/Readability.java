package nl.geokern.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Readability formulas and syllable counters for Dutch and English running text.
 *
 * <p>Dutch text is scored with Flesch–Douma (Douma 1960, the Dutch adaptation of Flesch):
 * {@code 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence}. English text is
 * scored with Flesch reading ease: {@code 206.835 − 1.015 × words per sentence − 84.6 × syllables
 * per word}. Both put text on the same scale, read with {@link #scale(double)}: 0–30 very hard,
 * 30–50 hard, 50–60 fairly hard, 60–70 normal, 70 and up easy.
 *
 * <p>Syllables are counted by rule, not by dictionary, so the counts are estimates. The Dutch
 * counter counts vowel groups and treats the Dutch multi-letter vowels as one group: the digraphs
 * {@code aa ee oo uu ie ei eu ou au ui oe} (and {@code ij}, whose {@code j} is not a vowel letter, so
 * {@code ij} never splits), {@code ai} and {@code oi} of loanwords ({@code detail}, {@code hoi}), and the
 * trigraphs {@code aai ooi oei eeu ieu}. A {@code w} after
 * {@code u}, {@code ou}, {@code eeu} or {@code ieu} closes the group as a consonant, so {@code uw},
 * {@code ouw}, {@code eeuw} and {@code nieuw} are one vowel each. Any other vowel sequence splits
 * ({@code the-a-ter}, {@code si-tu-a-tie}), and a diaeresis always starts a new syllable
 * ({@code i-de-e-en}, {@code ge-ïn-te-res-seerd}). Acronyms in capitals count one syllable per
 * letter ({@code MKB}: em-ka-bee) and digits one per digit; English loanwords with a silent
 * {@code e} ({@code online}, {@code software}) are over-counted by one.
 */
public final class Readability {

  /** The languages with a readability formula. */
  public enum Language {
    /** Dutch: Flesch–Douma. */
    DUTCH("Flesch–Douma"),
    /** English: Flesch reading ease. */
    ENGLISH("Flesch reading ease");

    private final String formula;

    Language(String formula) {
      this.formula = formula;
    }

    /** The name of the language's readability formula. */
    public String formula() {
      return formula;
    }

    /** The language of a BCP 47 tag: {@code nl…} is Dutch, {@code en…} English; empty for others. */
    public static Optional<Language> ofTag(String tag) {
      String t = tag.strip().toLowerCase(Locale.ROOT);
      if (t.equals("nl") || t.startsWith("nl-") || t.startsWith("nl_")) {
        return Optional.of(DUTCH);
      }
      if (t.equals("en") || t.startsWith("en-") || t.startsWith("en_")) {
        return Optional.of(ENGLISH);
      }
      return Optional.empty();
    }
  }

  /**
   * The readability of a text: its score and the counts it was computed from.
   *
   * @param language the language whose formula gave the score
   * @param value the score (higher is easier; may fall outside 0–100 for extreme text)
   * @param words the number of words
   * @param sentences the number of sentences
   * @param syllables the number of syllables
   */
  public record Score(Language language, double value, int words, int sentences, int syllables) {

    /** Rejects a null language and negative counts. */
    public Score {
      Objects.requireNonNull(language, "language");
      if (words < 0 || sentences < 0 || syllables < 0) {
        throw new IllegalArgumentException("counts must be >= 0");
      }
    }

    /** The band of the score on the Flesch scale, such as {@code hard}. */
    public String scale() {
      return Readability.scale(value);
    }

    /** The average number of words per sentence. */
    public double wordsPerSentence() {
      return sentences == 0 ? 0 : (double) words / sentences;
    }

    /** The average number of syllables per 100 words. */
    public double syllablesPer100Words() {
      return words == 0 ? 0 : 100.0 * syllables / words;
    }
  }

  /** Explanation of the score bands, for hints and reports. */
  public static final String SCALE_EXPLANATION =
      "0–30 very hard, 30–50 hard, 50–60 fairly hard, 60–70 normal, 70 and up easy";

  private static final Set<String> DUTCH_DIGRAPHS =
      Set.of("aa", "ee", "oo", "uu", "ie", "ei", "eu", "ou", "au", "ui", "oe", "ai", "oi", "ey", "ay", "oy", "uy");

  private Readability() {}

  /** The band of a score on the Flesch scale: very hard, hard, fairly hard, normal or easy. */
  public static String scale(double score) {
    if (score < 30) {
      return "very hard";
    }
    if (score < 50) {
      return "hard";
    }
    if (score < 60) {
      return "fairly hard";
    }
    if (score < 70) {
      return "normal";
    }
    return "easy";
  }

  /** Flesch–Douma for Dutch: {@code 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence}. */
  public static double fleschDouma(int words, int sentences, int syllables) {
    requireCounts(words, sentences);
    return 206.84 - 0.77 * (100.0 * syllables / words) - 0.93 * ((double) words / sentences);
  }

  /** Flesch reading ease for English: {@code 206.835 − 1.015 × words per sentence − 84.6 × syllables per word}. */
  public static double fleschReadingEase(int words, int sentences, int syllables) {
    requireCounts(words, sentences);
    return 206.835 - 1.015 * ((double) words / sentences) - 84.6 * ((double) syllables / words);
  }

  private static void requireCounts(int words, int sentences) {
    if (words <= 0 || sentences <= 0) {
      throw new IllegalArgumentException("a score needs at least one word and one sentence: " + words + " words, "
          + sentences + " sentences");
    }
  }

  /** The score of one language's formula for these counts. */
  public static Score score(Language language, int words, int sentences, int syllables) {
    double value = language == Language.DUTCH
        ? fleschDouma(words, sentences, syllables)
        : fleschReadingEase(words, sentences, syllables);
    return new Score(language, value, words, sentences, syllables);
  }

  /**
   * The score of a piece of running text, split into sentences with {@link Sentences} and into words
   * with {@link Words}; empty when the text has no words.
   */
  public static Optional<Score> score(Language language, String text) {
    int[] counts = new int[3];
    sentences(text, Optional.of(language), (words, syllables) -> {
      counts[0] += words;
      counts[1]++;
      counts[2] += syllables;
    });
    return counts[0] == 0 ? Optional.empty() : Optional.of(score(language, counts[0], counts[1], counts[2]));
  }

  /** Receives the counts of one sentence at a time. */
  @FunctionalInterface
  public interface SentenceCounts {
    /** One sentence: its words and its syllables (0 when not counted). */
    void sentence(int words, int syllables);
  }

  /**
   * Counts each sentence of running text ({@link Sentences}) that has a word: its words ({@link Words})
   * and, with a language, their syllables. The words of all sentences are the words of the text,
   * since only white space lies between sentences.
   *
   * <p>The text is copied once into an array kept per thread, and sentences, words and syllables are
   * read from that: one bulk copy costs less than a {@code charAt} per char per pass (each checks
   * the string's coder and the index), and no sentence or word is copied out.
   */
  public static void sentences(String text, Optional<Language> language, SentenceCounts counts) {
    Walk walk = WALK.get();
    if (walk.busy) {
      // A callback that measures text of its own while this walk is under way.
      walk = new Walk();
    }
    walk.busy = true;
    try {
      int n = text.length();
      char[] chars = walk.chars(n);
      text.getChars(0, n, chars, 0);
      Sentences.bounds(chars, n, walk.bounds);
      int[] bounds = walk.bounds.pairs;
      int size = walk.bounds.size;
      Language counted = language.orElse(null);
      for (int k = 0; k < size; k += 2) {
        int end = bounds[k + 1];
        int words = 0;
        int syllables = 0;
        for (int i = Words.start(chars, bounds[k], end); i < end; ) {
          int wordEnd = Words.end(chars, i, end);
          words++;
          if (counted != null) {
            syllables += syllables(counted, chars, i, wordEnd, walk.lower);
          }
          i = Words.start(chars, wordEnd, end);
        }
        if (words > 0) {
          counts.sentence(words, syllables);
        }
      }
    } finally {
      walk.busy = false;
    }
  }

  /** The arrays one walk over a text reads and writes, kept per thread. */
  private static final class Walk {
    /** The longest text whose array is kept for the next walk. */
    private static final int MAX_KEPT = 1 << 16;

    private char[] text = new char[1024];
    final Sentences.Bounds bounds = new Sentences.Bounds();
    final char[] lower = new char[PART_ROOM];
    boolean busy;

    /** An array for a text of {@code n} chars. */
    char[] chars(int n) {
      if (text.length >= n) {
        return text;
      }
      char[] bigger = new char[Math.max(n, 2 * text.length)];
      if (bigger.length <= MAX_KEPT) {
        text = bigger;
      }
      return bigger;
    }
  }

  private static final ThreadLocal<Walk> WALK = ThreadLocal.withInitial(Walk::new);

  /**
   * {@link #syllables(Language, String)} of the chars of {@code chars} between
   * {@code from} and {@code to}; {@code lower} is room for a part of up to {@link #PART_ROOM} letters.
   */
  private static int syllables(Language language, char[] chars, int from, int to, char[] lower) {
    // Most words are ASCII letters, capitalised at most: then the whole word is one part, counted
    // directly, as the general path below would count it.
    int n = to - from;
    if (n > 0 && n <= PART_ROOM) {
      boolean plain = true;
      for (int k = 0; k < n && plain; k++) {
        char c = chars[from + k];
        plain = c >= 'a' && c <= 'z' || k == 0 && c >= 'A' && c <= 'Z';
        lower[k] = (char) (c | 0x20);
      }
      if (plain) {
        return Math.max(1, language == Language.DUTCH ? dutchPlain(lower, n) : englishPart(lower, n, NO_DIAERESIS));
      }
    }
    return count(chars, from, to, language == Language.DUTCH ? Readability::dutchPart : Readability::englishPart,
        lower);
  }

  /** The syllables of one word in a language. */
  public static int syllables(Language language, String word) {
    char[] chars = word.toCharArray();
    return syllables(language, chars, 0, chars.length, new char[PART_ROOM]);
  }

  /**
   * The syllables of a Dutch word, by the vowel-group rules in the class description; 0 for a word
   * without letters or digits, at least 1 otherwise.
   */
  public static int dutchSyllables(String word) {
    return syllables(Language.DUTCH, word);
  }

  /**
   * The syllables of an English word: vowel groups of one or two letters, after dropping a silent
   * final {@code e}, {@code es} or {@code ed} and a leading {@code y}; words of up to three letters
   * count one. 0 for a word without letters or digits, at least 1 otherwise.
   */
  public static int englishSyllables(String word) {
    return syllables(Language.ENGLISH, word);
  }

  private interface PartCounter {
    /** Counts the first {@code n} characters of {@code lowerCasePart}. */
    int count(char[] lowerCasePart, int n, boolean[] diaeresis);
  }

  /**
   * Splits a word into parts at hyphens, apostrophes and case changes (AI-traject, ChatGPT), counts
   * acronyms by letter and numbers by digit, and the rest with the language's counter.
   */
  private static int count(char[] word, int from, int to, PartCounter counter, char[] lower) {
    int total = 0;
    boolean any = false;
    int i = from;
    while (i < to) {
      char c = word[i];
      if (Character.isDigit(c)) {
        total++;
        any = true;
        i++;
        continue;
      }
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      any = true;
      int end = i;
      while (end < to && Character.isLetter(word[end])) {
        end++;
      }
      total += countLetters(word, i, end, counter, lower);
      i = end;
    }
    return any ? Math.max(1, total) : 0;
  }

  /** Counts a run of letters, splitting off runs of two or more capitals as acronyms. */
  private static int countLetters(char[] letters, int from, int to, PartCounter counter, char[] lower) {
    int total = 0;
    int i = from;
    while (i < to) {
      int end = i;
      while (end < to && Character.isUpperCase(letters[end])) {
        end++;
      }
      int capitals = end - i;
      if (capitals >= 2) {
        // "MKB", "GPT" in "ChatGPT"; the last capital of a run that goes on in lower case ("AIagent")
        // starts the next word.
        int acronymEnd = end < to ? end - 1 : end;
        if (acronymEnd - i >= 2 || end == to) {
          total += acronymEnd - i;
          i = acronymEnd;
          continue;
        }
      }
      end = Math.max(end, i + 1);
      while (end < to && !Character.isUpperCase(letters[end])) {
        end++;
      }
      total += countPart(letters, i, end, counter, lower);
      i = end;
    }
    return total;
  }

  /** The longest part counted in place, without Unicode normalisation, when it is ASCII letters. */
  private static final int PART_ROOM = 64;

  private static final boolean[] NO_DIAERESIS = new boolean[PART_ROOM];

  private static int countPart(char[] text, int from, int to, PartCounter counter, char[] lower) {
    // Fast path: plain ASCII letters need no Unicode normalisation.
    int n = to - from;
    if (n <= PART_ROOM) {
      boolean ascii = true;
      for (int k = 0; k < n && ascii; k++) {
        char c = text[from + k];
        ascii = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        lower[k] = (char) (c | 0x20);
      }
      if (ascii) {
        return counter.count(lower, n, NO_DIAERESIS);
      }
    }
    String part = new String(text, from, to - from);
    String decomposed = Normalizer.normalize(part.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    char[] base = new char[decomposed.length()];
    int size = 0;
    boolean[] marks = new boolean[decomposed.length()];
    for (int k = 0; k < decomposed.length(); k++) {
      char c = decomposed.charAt(k);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        if (c == '\u0308' && size > 0) {
          marks[size - 1] = true;
        }
        continue;
      }
      base[size++] = c;
    }
    return counter.count(base, size, marks);
  }

  private static boolean isVowel(char[] s, int n, int i) {
    char c = s[i];
    if (c == 'y') {
      // A y before a vowel at the start of a word is a consonant (yoga, yell).
      return !(i == 0 && i + 1 < n && isPlainVowel(s[i + 1]));
    }
    if (c == 'u' && i > 0 && s[i - 1] == 'q') {
      return false;
    }
    return isPlainVowel(c);
  }

  private static boolean isPlainVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  private static int dutchPart(char[] s, int n, boolean[] diaeresis) {
    int groups = 0;
    int i = 0;
    while (i < n) {
      if (!isVowel(s, n, i)) {
        i++;
        continue;
      }
      int end = i;
      while (end < n && isVowel(s, n, end) && (end == i || !diaeresis[end])) {
        end++;
      }
      groups += dutchVowelRun(s, i, end);
      i = end;
    }
    return groups;
  }

  /** The letters a, e, i, o, u and y, as bits from {@code a}. */
  private static final int VOWEL_OR_Y = 1 | 1 << 'e' - 'a' | 1 << 'i' - 'a' | 1 << 'o' - 'a' | 1 << 'u' - 'a'
      | 1 << 'y' - 'a';

  /**
   * {@link #dutchPart} of lower-case ASCII letters without a diaeresis, in one scan: as there, a
   * leading y before a vowel is a consonant and a u after a q is not a vowel (inside a run of vowels a
   * u never follows a q).
   */
  private static int dutchPlain(char[] s, int n) {
    int groups = 0;
    int i = n > 1 && s[0] == 'y' && isPlainVowel(s[1]) ? 1 : 0;
    while (i < n) {
      char c = s[i];
      if ((VOWEL_OR_Y >>> c - 'a' & 1) == 0 || c == 'u' && i > 0 && s[i - 1] == 'q') {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < n && (VOWEL_OR_Y >>> s[end] - 'a' & 1) != 0) {
        end++;
      }
      groups += end - i == 1 ? 1 : dutchVowelRun(s, i, end);
      i = end;
    }
    return groups;
  }

  /** Syllable nuclei in a run of vowel letters (no diaeresis inside it): longest known group first. */
  private static int dutchVowelRun(char[] s, int start, int end) {
    int nuclei = 0;
    int k = start;
    while (k < end) {
      if (k + 3 <= end && isDutchTrigraph(s[k], s[k + 1], s[k + 2])) {
        k += 3;
      } else if (k + 2 <= end && isDutchDigraph(s[k], s[k + 1])) {
        k += 2;
      } else {
        k++;
      }
      nuclei++;
    }
    return nuclei;
  }

  private static final boolean[] DIGRAPH_TABLE = new boolean[26 * 26];

  static {
    for (String d : DUTCH_DIGRAPHS) {
      DIGRAPH_TABLE[(d.charAt(0) - 'a') * 26 + d.charAt(1) - 'a'] = true;
    }
  }

  private static boolean isDutchDigraph(char a, char b) {
    return a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' && DIGRAPH_TABLE[(a - 'a') * 26 + b - 'a'];
  }

  /** One of the trigraphs aai, ooi, oei, eeu and ieu. */
  private static boolean isDutchTrigraph(char a, char b, char c) {
    return c == 'i' && (a == 'a' && b == 'a' || a == 'o' && (b == 'o' || b == 'e'))
        || c == 'u' && b == 'e' && (a == 'e' || a == 'i');
  }

  private static int englishPart(char[] s, int n, boolean[] diaeresis) {
    if (n <= 3) {
      return 1;
    }
    // A silent ending goes with the letter before it: [^laeiouy]es, [^laeiouydt]ed or [^laeiouy]e at
    // the end; then a leading y. Dropping that letter too changes no vowel group.
    int end = n;
    if (s[n - 2] == 'e' && s[n - 1] == 's' && "laeiouy".indexOf(s[n - 3]) < 0
        || s[n - 2] == 'e' && s[n - 1] == 'd' && "laeiouydt".indexOf(s[n - 3]) < 0) {
      end = n - 3;
    } else if (s[n - 1] == 'e' && "laeiouy".indexOf(s[n - 2]) < 0) {
      end = n - 2;
    }
    int groups = 0;
    int i = s[0] == 'y' ? 1 : 0;
    while (i < end) {
      if ("aeiouy".indexOf(s[i]) >= 0) {
        groups++;
        int len = 1;
        while (len < 2 && i + len < end && "aeiouy".indexOf(s[i + len]) >= 0) {
          len++;
        }
        i += len;
      } else {
        i++;
      }
    }
    return Math.max(1, groups);
  }
}
