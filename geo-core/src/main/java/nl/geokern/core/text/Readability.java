package nl.geokern.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

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
    int words = 0;
    int sentences = 0;
    int syllables = 0;
    for (String sentence : Sentences.split(text)) {
      sentences++;
      for (String word : Words.split(sentence)) {
        words++;
        syllables += syllables(language, word);
      }
    }
    return words == 0 ? Optional.empty() : Optional.of(score(language, words, sentences, syllables));
  }

  /**
   * The syllables of one word in a language: the word is split into parts at hyphens, apostrophes and
   * case changes ({@code AI-traject}, {@code ChatGPT}); acronyms count one per letter, numbers one per
   * digit, and the rest by the language's vowel groups. 0 for a word without letters or digits, at
   * least 1 otherwise.
   */
  public static int syllables(Language language, String word) {
    int total = 0;
    boolean any = false;
    int i = 0;
    while (i < word.length()) {
      char c = word.charAt(i);
      if (Character.isDigit(c)) {
        total++;
        any = true;
        i++;
      } else if (Character.isLetter(c)) {
        int end = i;
        while (end < word.length() && Character.isLetter(word.charAt(end))) {
          end++;
        }
        total += letters(language, word.substring(i, end));
        any = true;
        i = end;
      } else {
        i++;
      }
    }
    return any ? Math.max(1, total) : 0;
  }

  /** The syllables of a Dutch word, by the vowel-group rules in the class description. */
  public static int dutchSyllables(String word) {
    return syllables(Language.DUTCH, word);
  }

  /**
   * The syllables of an English word: vowel groups of one or two letters, after dropping a silent
   * final {@code e}, {@code es} or {@code ed} and a leading {@code y}; words of up to three letters
   * count one.
   */
  public static int englishSyllables(String word) {
    return syllables(Language.ENGLISH, word);
  }

  /** Counts a run of letters, splitting off runs of two or more capitals as acronyms. */
  private static int letters(Language language, String letters) {
    int total = 0;
    int i = 0;
    int n = letters.length();
    while (i < n) {
      int end = i;
      while (end < n && Character.isUpperCase(letters.charAt(end))) {
        end++;
      }
      if (end - i >= 2) {
        // "MKB", "GPT" in "ChatGPT"; the last capital of a run that goes on in lower case ("AIagent")
        // starts the next part.
        int acronymEnd = end < n ? end - 1 : end;
        if (acronymEnd - i >= 2 || end == n) {
          total += acronymEnd - i;
          i = acronymEnd;
          continue;
        }
      }
      end = Math.max(end, i + 1);
      while (end < n && !Character.isUpperCase(letters.charAt(end))) {
        end++;
      }
      total += part(language, letters.substring(i, end));
      i = end;
    }
    return total;
  }

  /**
   * Counts a part in lower case without accents. In Dutch a diaeresis starts a new syllable
   * ({@code ide-eën}): a dot before its vowel keeps that vowel out of the group before it.
   */
  private static int part(Language language, String part) {
    String letters = part.toLowerCase(Locale.ROOT);
    if (!isAscii(letters)) {
      String decomposed = Normalizer.normalize(letters, Normalizer.Form.NFD);
      letters = DIAERESIS.matcher(decomposed).replaceAll(language == Language.DUTCH ? ".$1" : "$1");
      letters = MARKS.matcher(letters).replaceAll("");
    }
    return language == Language.DUTCH ? dutchPart(letters) : englishPart(letters);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern DIAERESIS = Pattern.compile("(\\P{Mn}\\p{Mn}*?)\u0308");
  private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");

  /** The vowel groups of a Dutch part: each run of vowels splits into trigraphs, digraphs and single vowels. */
  private static int dutchPart(String s) {
    int groups = 0;
    int i = 0;
    while (i < s.length()) {
      if (!isDutchVowel(s, i)) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < s.length() && isDutchVowel(s, end)) {
        end++;
      }
      // the longest known group first
      for (int k = i; k < end; groups++) {
        k += k + 3 <= end && isTrigraph(s.charAt(k), s.charAt(k + 1), s.charAt(k + 2)) ? 3
            : k + 2 <= end && isDigraph(s.charAt(k), s.charAt(k + 1)) ? 2 : 1;
      }
      i = end;
    }
    return groups;
  }

  /** A Dutch vowel digraph: {@code aa ee oo uu ie ei eu ou au ui oe}, {@code ai} and {@code oi} of loanwords, and those with {@code y}. */
  private static boolean isDigraph(char a, char b) {
    return switch (a) {
      case 'a' -> b == 'a' || b == 'u' || b == 'i' || b == 'y';
      case 'e' -> b == 'e' || b == 'i' || b == 'u' || b == 'y';
      case 'o' -> b == 'o' || b == 'u' || b == 'e' || b == 'i' || b == 'y';
      case 'u' -> b == 'u' || b == 'i' || b == 'y';
      case 'i' -> b == 'e';
      default -> false;
    };
  }

  /** A Dutch vowel trigraph: {@code aai ooi oei eeu ieu}. */
  private static boolean isTrigraph(char a, char b, char c) {
    return c == 'i' && (a == 'a' && b == 'a' || a == 'o' && (b == 'o' || b == 'e'))
        || c == 'u' && b == 'e' && (a == 'e' || a == 'i');
  }

  /** A vowel letter, but the {@code u} after {@code q} (quiz) and a {@code y} before a vowel at the start (yoga). */
  private static boolean isDutchVowel(String s, int i) {
    char c = s.charAt(i);
    if (c == 'y') {
      return !(i == 0 && s.length() > 1 && "aeiou".indexOf(s.charAt(1)) >= 0);
    }
    return "aeiou".indexOf(c) >= 0 && !(c == 'u' && i > 0 && s.charAt(i - 1) == 'q');
  }

  /** The vowel groups of an English part, after a silent ending and a leading {@code y}. */
  private static int englishPart(String s) {
    int n = s.length();
    if (n <= 3) {
      return 1;
    }
    // A silent ending goes with the consonant before it: es, ed or e at the end.
    int end = n;
    if (s.endsWith("es") && "laeiouy".indexOf(s.charAt(n - 3)) < 0
        || s.endsWith("ed") && "laeiouydt".indexOf(s.charAt(n - 3)) < 0) {
      end = n - 3;
    } else if (s.endsWith("e") && "laeiouy".indexOf(s.charAt(n - 2)) < 0) {
      end = n - 2;
    }
    int groups = 0;
    int i = s.charAt(0) == 'y' ? 1 : 0;
    while (i < end) {
      if (isEnglishVowel(s.charAt(i))) {
        groups++;
        // a group is one or two vowels
        i += i + 1 < end && isEnglishVowel(s.charAt(i + 1)) ? 2 : 1;
      } else {
        i++;
      }
    }
    return Math.max(1, groups);
  }

  private static boolean isEnglishVowel(char c) {
    return "aeiouy".indexOf(c) >= 0;
  }
}
