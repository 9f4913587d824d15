package nl.geokern.core.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
   * <p>One scan over the text finds the words and the sentence ends together, and counts each word's
   * syllables as it goes. That gives the words per sentence that splitting into sentences first
   * would: no word reaches over a sentence end (a terminator that ends a sentence is followed by
   * closers and white space, so it never joins two words), and the chars a word skips over hold no
   * sentence end (a {@code .} inside a word is followed by a letter or digit). The text is copied
   * once into an array kept per thread: one bulk copy costs less than a {@code charAt} per char (each
   * checks the string's coder and the index), and no sentence or word is copied out.
   */
  public static void sentences(String text, Optional<Language> language, SentenceCounts counts) {
    Walk walk = WALK.get();
    if (walk.busy) {
      // A callback that measures text of its own while this walk is under way.
      walk = new Walk();
    }
    walk.busy = true;
    try {
      walk.sentences(text, language.orElse(null), counts);
    } finally {
      walk.busy = false;
    }
  }

  private static final ThreadLocal<Walk> WALK = ThreadLocal.withInitial(Walk::new);

  /** One walk over a text, with the arrays it reads and writes, kept per thread. */
  private static final class Walk {
    /** The longest text whose array is kept for the next walk. */
    private static final int MAX_KEPT = 1 << 16;

    private char[] text = new char[1024];
    private final PartRoom room = new PartRoom();
    /** The syllables of the word {@link #word} scanned last. */
    private int wordSyllables;
    boolean busy;

    /** {@link Readability#sentences}, in a language or (null) without syllables. */
    void sentences(String s, Language language, SentenceCounts counts) {
      int n = s.length();
      char[] chars = chars(n);
      s.getChars(0, n, chars, 0);
      int sentenceStart = 0;
      int words = 0;
      int syllables = 0;
      int i = 0;
      while (i < n) {
        char c = chars[i];
        if (Words.isWordChar(c)) {
          i = word(chars, i, n, language);
          words++;
          syllables += wordSyllables;
          continue;
        }
        int next = Sentences.isTerminator(c) ? Sentences.next(chars, n, sentenceStart, i) : -1;
        if (next < 0) {
          i++;
          continue;
        }
        if (words > 0) {
          counts.sentence(words, syllables);
        }
        words = 0;
        syllables = 0;
        sentenceStart = next;
        i = next;
      }
      if (words > 0) {
        counts.sentence(words, syllables);
      }
    }

    /**
     * Scans the word ({@link Words}) that starts at {@code start}: returns where it ends, and leaves its
     * syllables in {@code language} (0 without one) in {@link #wordSyllables}.
     */
    private int word(char[] s, int start, int n, Language language) {
      if (language == Language.DUTCH && isAsciiLetter(s[start])) {
        // Most words are plain: their syllables are counted in the scan that finds their end.
        int plainEnd = dutchPlain(s, start, n, room);
        // where the word ends, read on from its last plain letter
        int end = Words.end(s, plainEnd - 1, n);
        wordSyllables = dutchWord(s, start, end, plainEnd, room);
        return end;
      }
      int end = Words.end(s, start, n);
      wordSyllables = language == null ? 0 : syllables(language, s, start, end, room);
      return end;
    }

    /** An array for a text of {@code n} chars. */
    private char[] chars(int n) {
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

  /** The longest part of a word whose letters are lower-cased and decomposed in place, by table. */
  private static final int PART_ROOM = 64;

  private static final boolean[] NO_DIAERESIS = new boolean[PART_ROOM];

  /** Room for the letters of one part of a word, lower-cased and decomposed, and their diaeresis marks. */
  private static final class PartRoom {
    final char[] letters = new char[PART_ROOM];
    final boolean[] diaeresis = new boolean[PART_ROOM];
    /** The vowel groups {@link #dutchPlain} counted last. */
    int groups;
  }

  /**
   * The Dutch syllables of the word {@code chars[from, to)}, whose plain start {@link #dutchPlain} read up
   * to {@code plainEnd} (-1 when it has no plain start): its count when that is the whole word, else the
   * word counted part by part.
   */
  private static int dutchWord(char[] chars, int from, int to, int plainEnd, PartRoom room) {
    return plainEnd == to ? Math.max(1, room.groups) : count(chars, from, to, Readability::dutchPart, room);
  }

  /** {@link #syllables(Language, String)} of the chars of {@code chars} between {@code from} and {@code to}. */
  private static int syllables(Language language, char[] chars, int from, int to, PartRoom room) {
    if (language == Language.DUTCH) {
      int plainEnd = from < to && isAsciiLetter(chars[from]) ? dutchPlain(chars, from, to, room) : -1;
      return dutchWord(chars, from, to, plainEnd, room);
    }
    // Most words are ASCII letters, capitalised at most: then the whole word is one part, counted
    // directly, as the general path below would count it.
    int n = to - from;
    if (n > 0 && n <= PART_ROOM) {
      char[] lower = room.letters;
      boolean plain = true;
      for (int k = 0; k < n && plain; k++) {
        char c = chars[from + k];
        plain = c >= 'a' && c <= 'z' || k == 0 && c >= 'A' && c <= 'Z';
        lower[k] = (char) (c | 0x20);
      }
      if (plain) {
        return englishPart(lower, n, NO_DIAERESIS);
      }
    }
    return count(chars, from, to, Readability::englishPart, room);
  }

  /** The syllables of one word in a language. */
  public static int syllables(Language language, String word) {
    char[] chars = word.toCharArray();
    return syllables(language, chars, 0, chars.length, new PartRoom());
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
  private static int count(char[] word, int from, int to, PartCounter counter, PartRoom room) {
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
      total += countLetters(word, i, end, counter, room);
      i = end;
    }
    return any ? Math.max(1, total) : 0;
  }

  /** Counts a run of letters, splitting off runs of two or more capitals as acronyms. */
  private static int countLetters(char[] letters, int from, int to, PartCounter counter, PartRoom room) {
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
      total += countPart(letters, i, end, counter, room);
      i = end;
    }
    return total;
  }

  /** {@link #LATIN1_LETTERS}: the base letter carried a diaeresis. */
  private static final int DIAERESIS = 1 << 16;

  /**
   * For each letter below U+0100, its lower-case base letter ({@code É} → {@code e}), with
   * {@link #DIAERESIS} added when it carries a diaeresis ({@code ë}); 0 for other chars. Made by the
   * general path of {@link #countPart} itself, one letter at a time: lower case and canonical
   * decomposition of these letters do not depend on their neighbours, and each decomposes to one
   * base letter and at most one mark.
   */
  private static final int[] LATIN1_LETTERS = latin1Letters();

  private static int[] latin1Letters() {
    int[] table = new int[256];
    for (char c = 0; c < table.length; c++) {
      char letter = c;
      if (Character.isLetter(letter)) {
        decomposed(new char[] {letter}, 0, 1, (base, n, diaeresis) -> {
          if (n == 1) {
            table[letter] = base[0] | (diaeresis[0] ? DIAERESIS : 0);
          }
          return 0;
        });
      }
    }
    return table;
  }

  /** Counts a part: a run of letters without an acronym, lower-cased and without accents. */
  private static int countPart(char[] text, int from, int to, PartCounter counter, PartRoom room) {
    int n = to - from;
    if (n <= PART_ROOM) {
      // Letters below U+0100 (ASCII, é, ë) are decomposed by table, without Unicode normalisation.
      char[] letters = room.letters;
      boolean[] diaeresis = room.diaeresis;
      int k = 0;
      while (k < n) {
        char c = text[from + k];
        int letter = c < LATIN1_LETTERS.length ? LATIN1_LETTERS[c] : 0;
        if (letter == 0) {
          break;
        }
        letters[k] = (char) letter;
        diaeresis[k] = (letter & DIAERESIS) != 0;
        k++;
      }
      if (k == n) {
        return counter.count(letters, n, diaeresis);
      }
    }
    return decomposed(text, from, to, counter);
  }

  /** Counts a part after lower case and canonical decomposition, with the marks dropped. */
  private static int decomposed(char[] text, int from, int to, PartCounter counter) {
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

  private static boolean isPlainVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  /** A y before a vowel at the start of a word (or part) is a consonant: yoga, yell. */
  private static boolean startsWithConsonantY(char[] s, int from, int to) {
    return to - from > 1 && (s[from] | 0x20) == 'y' && isPlainVowel(s[from + 1]);
  }

  /**
   * The Dutch syllables of a lower-case part ({@link #countPart}): the vowel groups its letters start
   * ({@link #DUTCH_STEPS}), where a vowel with a diaeresis never joins the group before it.
   */
  private static int dutchPart(char[] s, int n, boolean[] diaeresis) {
    int groups = 0;
    int state = OUTSIDE;
    for (int i = startsWithConsonantY(s, 0, n) ? 1 : 0; i < n; i++) {
      int letter = s[i] - 'a';
      if (letter < 0 || letter >= 26) {
        // a letter outside a-z (ß, ø) is a consonant
        state = OUTSIDE;
        continue;
      }
      if (diaeresis[i] && state >= CLOSED) {
        state = OUTSIDE;
      }
      int step = DUTCH_STEPS[state * 26 + letter];
      groups += step & 1;
      state = step >> 1;
    }
    return groups;
  }

  private static boolean isAsciiLetter(char c) {
    // | 0x20 makes an ASCII capital lower case, and no other char an ASCII letter
    int lower = c | 0x20;
    return lower >= 'a' && lower <= 'z';
  }

  /**
   * Counts the Dutch vowel groups ({@link #DUTCH_STEPS}) of the plain letters that start at
   * {@code from}, an ASCII letter: it and the lower-case ASCII letters after it, up to {@code to}.
   * Returns where they end and leaves the count in {@code room.groups}. A word of plain letters only
   * is one part, without an acronym or a diaeresis, so the count is what the general path
   * ({@link #count}, {@link #dutchPart}) makes of it, before the minimum of 1.
   */
  private static int dutchPlain(char[] s, int from, int to, PartRoom room) {
    int first = (s[from] | 0x20) - 'a';
    int step = startsWithConsonantY(s, from, to) ? OUTSIDE << 1 : DUTCH_STEPS[OUTSIDE * 26 + first];
    int groups = step & 1;
    int state = step >> 1;
    int i = from + 1;
    while (i < to) {
      int letter = s[i] - 'a';
      if (letter < 0 || letter >= 26) {
        break;
      }
      step = DUTCH_STEPS[state * 26 + letter];
      groups += step & 1;
      state = step >> 1;
      i++;
    }
    room.groups = groups;
    return i;
  }

  /** The Dutch trigraphs that are one vowel group; each starts with a digraph. */
  private static final Set<String> DUTCH_TRIGRAPHS = Set.of("aai", "ooi", "oei", "eeu", "ieu");

  /** Scan state: at the start of a word or part, or after a consonant. */
  private static final int OUTSIDE = 0;

  /** Scan state: after a q, where a u is not a vowel (quiz). */
  private static final int AFTER_Q = 1;

  /** Scan state: in a vowel group that no further vowel joins. Every later state is in a group too. */
  private static final int CLOSED = 2;

  /**
   * The vowel groups under way that a further vowel may join: one vowel letter, or the digraph a
   * trigraph starts with. The scan state of {@code OPEN_GROUPS.get(k)} is {@code CLOSED + 1 + k}.
   */
  private static final List<String> OPEN_GROUPS = openGroups();

  /**
   * The Dutch vowel-group rules of the class description as a table, so that a word is counted in
   * one scan without a branch per letter: {@code DUTCH_STEPS[state * 26 + (letter - 'a')]} is the
   * next state shifted left by one, with bit 0 set when the letter starts a vowel group; the
   * syllables are the groups started. A vowel joins the group under way when the two make a digraph
   * or a trigraph, and starts a new group otherwise. As every trigraph starts with a digraph, that
   * takes the longest group first without looking ahead.
   */
  private static final int[] DUTCH_STEPS = dutchSteps();

  private static List<String> openGroups() {
    List<String> open = new ArrayList<>(List.of("a", "e", "i", "o", "u", "y"));
    for (String trigraph : new TreeSet<>(DUTCH_TRIGRAPHS)) {
      String start = trigraph.substring(0, 2);
      if (!DUTCH_DIGRAPHS.contains(start)) {
        throw new IllegalStateException("the trigraph " + trigraph + " does not start with a digraph");
      }
      if (!open.contains(start)) {
        open.add(start);
      }
    }
    return List.copyOf(open);
  }

  private static int[] dutchSteps() {
    int states = CLOSED + 1 + OPEN_GROUPS.size();
    int[] steps = new int[states * 26];
    for (int state = 0; state < states; state++) {
      String group = state > CLOSED ? OPEN_GROUPS.get(state - CLOSED - 1) : "";
      for (char c = 'a'; c <= 'z'; c++) {
        String joined = group + c;
        int step;
        if ("aeiouy".indexOf(c) < 0 || c == 'u' && state == AFTER_Q) {
          step = (c == 'q' ? AFTER_Q : OUTSIDE) << 1;
        } else if (DUTCH_DIGRAPHS.contains(joined) || DUTCH_TRIGRAPHS.contains(joined)) {
          step = (OPEN_GROUPS.contains(joined) ? CLOSED + 1 + OPEN_GROUPS.indexOf(joined) : CLOSED) << 1;
        } else {
          step = (CLOSED + 1 + OPEN_GROUPS.indexOf(String.valueOf(c))) << 1 | 1;
        }
        steps[state * 26 + c - 'a'] = step;
      }
    }
    return steps;
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
