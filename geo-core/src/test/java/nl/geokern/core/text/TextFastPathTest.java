package nl.geokern.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.geokern.core.text.Readability.Language;
import nl.geokern.core.text.Readability.SentenceCounts;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The array-based walks ({@link Words#count} on a String, {@link Sentences#bounds},
 * {@link Readability#sentences}, {@link Readability#syllables}) count exactly as the walks they
 * replaced, kept below as {@link Before}: character by character through {@link CharSequence}, with
 * the abbreviation check on a lower-cased copy and the syllable counter that copies every word.
 */
class TextFastPathTest {

  /** Running text with what the walks treat specially: non-ASCII letters, number separators, apostrophes, abbreviations. */
  private static final Gen<String> TEXT = lists().of(arbitrary().pick(List.of(
      "Een", "AI-traject", "van", "1.500", "1,5", "3.", "euro", "bijv.", "BIJV.", "o.a.", "O.A.", "z.g.a.n.", "Dr.",
      "prof.", "etc.", "J.", "é.", "İ.", "Bakker", "MKB'ers", "'s-Gravenhage", "zo’n", "ChatGPT", "AIagent", "ideeën",
      "geïnteresseerd", "café", "Ünïcode", "yoga", "quiz", "queue", "Yell", "makes", "played", "hopes", "aaien",
      "mooi", "groei", "leeuw", "nieuw", "eeuw", "ijs", "Straße", "ß", "x", "Q", "\uD835\uDC00", "12", "0.5", ".", "!",
      "?", "…", "\"", "'", ")", "(", "”", "“", "*", "_", "-", "–", " ", " ", "  ", "\n", "\t", "\u00a0", "\u2019")))
      .ofSizeBetween(0, 60).map(l -> String.join("", l))
      .mix(strings().allPossible().ofLengthBetween(0, 80), 20);

  /** Words of vowels, q, y, w and j, some capitalised, some long, to reach every branch of the syllable counters. */
  private static final Gen<String> WORDS = strings().betweenCodePoints('a', 'z').ofLengthBetween(0, 12)
      .mix(lists().of(arbitrary().pick(List.of("a", "e", "i", "o", "u", "y", "q", "w", "j", "ij", "ë", "ï", "A", "Y", "Q",
          "U", "-", "'", "1", "é", "ß"))).ofSizeBetween(0, 14).map(l -> String.join("", l)), 60)
      .mix(strings().betweenCodePoints('a', 'z').ofLengthBetween(60, 140), 5);

  private static List<String> walk(String text, Optional<Language> language, boolean before) {
    List<String> out = new ArrayList<>();
    SentenceCounts counts = (w, s) -> out.add(w + "/" + s);
    if (before) {
      Before.sentences(text, language, counts);
    } else {
      Readability.sentences(text, language, counts);
    }
    return out;
  }

  @Test
  void sentences_countAsBefore() {
    qt().withExamples(4000).forAll(TEXT).checkAssert(text -> {
      for (Optional<Language> language : List.of(Optional.<Language>empty(), Optional.of(Language.DUTCH),
          Optional.of(Language.ENGLISH))) {
        assertEquals(walk(text, language, true), walk(text, language, false), text);
      }
    });
  }

  @Test
  void bounds_areAsBefore() {
    qt().withExamples(4000).forAll(TEXT).checkAssert(text ->
        assertEquals(Arrays.toString(Before.bounds(text)), Arrays.toString(Sentences.bounds(text)), text));
  }

  @Test
  void bounds_abbreviationsInAnyCase_continueTheSentence() {
    for (String a : List.of("bijv", "BIJV", "Bijv", "o.a", "O.A", "z.g.a.n", "Z.G.A.N", "e.g", "Prof", "p", "P", "x")) {
      String text = "Neem " + a + ". Daarna meer.";
      assertEquals(Arrays.toString(Before.bounds(text)), Arrays.toString(Sentences.bounds(text)), text);
      assertEquals(1, Sentences.split(text).size(), text);
    }
    for (String w : List.of("bijvoorbeeld", "BIJVOORBEELD", "1", "ab", "İ", "é", "ÉTC", "zb")) {
      String text = "Neem " + w + ". Daarna meer.";
      assertEquals(Arrays.toString(Before.bounds(text)), Arrays.toString(Sentences.bounds(text)), text);
    }
  }

  @Test
  void syllables_countAsBefore() {
    qt().withExamples(6000).forAll(WORDS).checkAssert(word -> {
      for (Language language : Language.values()) {
        assertEquals(Before.syllables(language, word, 0, word.length()), Readability.syllables(language, word), word);
        String capital = word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
        assertEquals(Before.syllables(language, capital, 0, capital.length()),
            Readability.syllables(language, capital), capital);
        String inText = "Het " + word + " is " + capital + ".";
        assertEquals(walk(inText, Optional.of(language), true), walk(inText, Optional.of(language), false), inText);
      }
    });
  }

  @Test
  void wordCount_ofAString_isTheCountThroughCharSequence() {
    qt().withExamples(4000).forAll(TEXT, integers().between(0, 5), integers().between(0, 5))
        .checkAssert((text, cutStart, cutEnd) -> {
          int from = Math.min(cutStart, text.length());
          int to = Math.max(from, text.length() - cutEnd);
          assertEquals(Before.count(text, from, to), Words.count(text, from, to), text);
          assertEquals(Before.count(text, from, to), Words.count(new StringBuilder(text), from, to), text);
          assertEquals(Before.count(text, 0, text.length()), Words.count(text), text);
        });
  }

  @Test
  void wordCount_emptyOrBackwardRange_isZeroAsBefore() {
    assertEquals(Before.count("Een woord", 3, 3), Words.count("Een woord", 3, 3));
    assertEquals(Before.count("Een woord", 5, 2), Words.count("Een woord", 5, 2));
    assertEquals(0, Words.count("Een woord", 5, 2));
  }

  @Test
  void wordChars_areTheLettersAndDigits() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertEquals(Character.isLetterOrDigit(c) ? 1 : 0, Words.count(String.valueOf(c)), "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void edges_emptyTextAndTextEndingMidWord_countAsBefore() {
    for (String text : List.of("", " ", ".", "a", "Een woord", "Een woord.", "1.500", "1.500-", "zo'", "zo'n",
        "Een zin. En", "Eind bijv.", "ideeë", "Ö")) {
      assertEquals(Before.count(text, 0, text.length()), Words.count(text), text);
      assertEquals(Arrays.toString(Before.bounds(text)), Arrays.toString(Sentences.bounds(text)), text);
      for (Language language : Language.values()) {
        assertEquals(walk(text, Optional.of(language), true), walk(text, Optional.of(language), false), text);
      }
    }
  }

  @Test
  void longText_beyondTheKeptArrays_countsAsBefore() {
    // 1,024 chars is the first array, 65,536 the largest kept one; longer text is read from a fresh one.
    for (int words : List.of(200, 20_000)) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < words; k++) {
        b.append(k % 17 == 16 ? "Ideeën bijv. geïnteresseerd. " : "Een AI-traject van 1.500 euro ");
      }
      String text = b.toString();
      assertEquals(Before.count(text, 0, text.length()), Words.count(text));
      assertEquals(walk(text, Optional.of(Language.DUTCH), true), walk(text, Optional.of(Language.DUTCH), false));
      // After a long text, short text is read from the kept array again.
      assertEquals(walk("Kort. Zo.", Optional.of(Language.DUTCH), true),
          walk("Kort. Zo.", Optional.of(Language.DUTCH), false));
    }
  }

  @Test
  void sentences_callbackThatMeasuresText_doesNotDisturbTheWalk() {
    String outer = "Een lange zin met ideeën over AI-trajecten. Nog een zin! En een derde zin over geld?";
    List<String> nested = new ArrayList<>();
    Readability.sentences(outer, Optional.of(Language.DUTCH), (w, s) -> {
      nested.add(w + "/" + s);
      // Measures other text on the same thread while the outer walk is under way.
      Readability.score(Language.DUTCH, "Iets heel anders, met veel meer woorden dan de zin zelf. Echt waar.");
    });
    assertEquals(walk(outer, Optional.of(Language.DUTCH), true), nested);
  }

  @Test
  void syllables_everyShortRunOfVowelsQAndY_countAsBefore() {
    // Every word of up to five letters from vowels, q, y, w and one consonant: each run of vowels the
    // table of Dutch vowel groups can meet, after a q or not, at the start of the word or not.
    char[] letters = "aeiouyqwb".toCharArray();
    List<String> words = new ArrayList<>(List.of(""));
    for (int length = 1; length <= 5; length++) {
      List<String> longer = new ArrayList<>();
      for (String w : words.subList(words.size() - (int) Math.pow(letters.length, length - 1), words.size())) {
        for (char c : letters) {
          longer.add(w + c);
        }
      }
      words.addAll(longer);
    }
    for (String word : words) {
      List<String> variants = word.length() == 5 ? List.of(word, capitalised(word))
          : List.of(word, capitalised(word), word + "ën", "ë" + word, word + "-" + word);
      for (String variant : variants) {
        for (Language language : Language.values()) {
          assertEquals(Before.syllables(language, variant, 0, variant.length()),
              Readability.syllables(language, variant), language + " " + variant);
        }
      }
      String inText = "Het " + word + " en " + capitalised(word) + " of " + word + "-" + word + ".";
      assertEquals(walk(inText, Optional.of(Language.DUTCH), true), walk(inText, Optional.of(Language.DUTCH), false),
          inText);
    }
  }

  private static String capitalised(String word) {
    return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }

  @Test
  void syllables_latin1Letters_decomposeAsTheNormalizerDoes() {
    // The letters below U+0100 are lower-cased and decomposed by table, the others by Normalizer.
    for (char c = 0; c < 0x100; c++) {
      if (!Character.isLetter(c)) {
        continue;
      }
      String letter = String.valueOf(c);
      for (String word : List.of(letter, "b" + letter + "en", "id" + letter + "e", letter + "e" + letter,
          "ze" + letter + "\u0101", "Ge" + letter + "nt", letter + letter.toUpperCase(Locale.ROOT) + "x")) {
        for (Language language : Language.values()) {
          assertEquals(Before.syllables(language, word, 0, word.length()), Readability.syllables(language, word),
              language + " " + word + " (U+" + Integer.toHexString(c) + ")");
        }
        String inText = "Een " + word + " zin. " + word + ".";
        assertEquals(walk(inText, Optional.of(Language.DUTCH), true), walk(inText, Optional.of(Language.DUTCH), false),
            inText);
      }
    }
    // a diaeresis on a letter below U+0100 starts a new vowel group, as the decomposed one does
    assertEquals(3, Readability.dutchSyllables("ideeën"));
    assertEquals(Readability.dutchSyllables("ideee\u0308n"), Readability.dutchSyllables("ideeën"));
    assertEquals(1, Readability.dutchSyllables("één"));
  }

  @Test
  void sentences_plainWordsThatGoOnOrEndAtTheEdges_countAsBefore() {
    // A plain word is counted while its end is found: where it goes on with a joiner, digit, capital
    // or other letter it is counted again from its chars; at the end of the text it just ends.
    for (String text : List.of("zo'n", "zo'", "zo'N", "zo-", "ai-traject", "AI-traject", "aI", "Ai", "ab1", "ab.cd",
        "ab.", "ab. Cd", "ab.Cd", "abé", "abë", "ab\u0101", "ab\uD835\uDC00", "yoga", "Yoga", "yoga-les", "y", "Y",
        "ya", "qu", "Quiz", "quu", "eeuw", "Eeuwig", "Aai", "MKB'ers", "zo'n 1.500 euro", "1.500", "a1", "é", "x ",
        " x", "Eind. ", "Eind.\"", "Eind.\" Begin", "Eind!) (Begin", "Eind… Begin", "bijv. Dit", "Dr. Bakker",
        "a.s. Maandag", "e.g. This", "3. En", "1.5. Daarna", "\u00a0Een\u00a0zin.\u00a0Nog een")) {
      for (Optional<Language> language : List.of(Optional.<Language>empty(), Optional.of(Language.DUTCH),
          Optional.of(Language.ENGLISH))) {
        assertEquals(walk(text, language, true), walk(text, language, false), language + " " + text);
      }
    }
    // zo'n: zo + n, one syllable; AI-traject: A-I-tra-ject, four
    assertEquals(List.of("2/5"), walk("zo'n AI-traject.", Optional.of(Language.DUTCH), false));
  }

  /** The walks as they were before they read from arrays. */
  static final class Before {

    private static final Set<String> ABBREVIATIONS = Set.of(
        "bijv", "bv", "o.a", "d.w.z", "m.a.w", "t.o.v", "i.p.v", "e.d", "enz", "etc", "ca", "nl", "nr", "dhr", "mevr",
        "mr", "dr", "prof", "ir", "ing", "drs", "z.g.a.n", "a.s", "jl", "e.g", "i.e", "vs", "mln", "mld", "excl",
        "incl", "max", "min", "p", "blz");

    private static final int LONGEST_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

    private static final Set<String> DUTCH_DIGRAPHS =
        Set.of("aa", "ee", "oo", "uu", "ie", "ei", "eu", "ou", "au", "ui", "oe", "ai", "oi", "ey", "ay", "oy", "uy");

    /** Words.start as it was: character by character through CharSequence. */
    static int start(CharSequence text, int from, int to) {
      int i = from;
      while (i < to && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      return i;
    }

    /** Words.count as it was. */
    static int count(CharSequence text, int from, int to) {
      int n = 0;
      for (int i = start(text, from, to); i < to; i = start(text, end(text, i, to), to)) {
        n++;
      }
      return n;
    }

    /** Words.end as it was. */
    static int end(CharSequence text, int start, int to) {
      int i = start + 1;
      while (i < to) {
        char c = text.charAt(i);
        boolean joiner = c == '-' || c == '\'' || c == '\u2019' || c == '.';
        if (!Character.isLetterOrDigit(c) && !(joiner && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1)))) {
          break;
        }
        i++;
      }
      return i;
    }

    static int[] bounds(String text) {
      int[] out = new int[8];
      int size = 0;
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
        out = room(out, size);
        size = add(out, size, text, start, end);
        start = next;
        i = next - 1;
      }
      out = room(out, size);
      size = add(out, size, text, Math.min(start, n), n);
      return Arrays.copyOf(out, size);
    }

    private static int[] room(int[] bounds, int size) {
      return size + 2 <= bounds.length ? bounds : Arrays.copyOf(bounds, bounds.length * 2);
    }

    /** Adds the stripped range as a sentence when it has a word; returns the new size. */
    private static int add(int[] bounds, int size, String text, int from, int to) {
      // String.strip() trims by Character.isWhitespace; no supplementary character is white space.
      int s = from;
      int e = to;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (s == e || start(text, s, e) == e) {
        return size;
      }
      bounds[size] = s;
      bounds[size + 1] = e;
      return size + 2;
    }

    private static boolean isCloser(char c) {
      return c == '"' || c == '\'' || c == ')' || c == '\u201d' || c == '\u2019' || c == '*' || c == '_';
    }

    private static boolean startsSentence(char c) {
      return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c' || c == '\'' || c == '('
          || c == '*' || c == '-' || c == '\u2018' || c == '[';
    }

    private static boolean isAscii(String text, int from, int to) {
      for (int i = from; i < to; i++) {
        if (text.charAt(i) >= 128) {
          return false;
        }
      }
      return true;
    }

    private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
      int w = dot;
      while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
        w--;
      }
      if (dot - w > LONGEST_ABBREVIATION && isAscii(text, w, dot)) {
        // ASCII keeps its length in lower case: a longer word is neither an initial nor an abbreviation.
        return false;
      }
      String word = text.substring(w, dot).toLowerCase(Locale.ROOT);
      if (word.isEmpty()) {
        return false;
      }
      // A single letter (an initial such as "J. Bakker") or a known abbreviation continues the sentence.
      return word.length() == 1 && Character.isLetter(word.charAt(0)) || ABBREVIATIONS.contains(word);
    }


    static void sentences(String text, Optional<Language> language, SentenceCounts counts) {
      int[] bounds = bounds(text);
      for (int k = 0; k < bounds.length; k += 2) {
        int end = bounds[k + 1];
        int words = 0;
        int syllables = 0;
        for (int i = start(text, bounds[k], end); i < end; ) {
          int wordEnd = end(text, i, end);
          words++;
          if (language.isPresent()) {
            syllables += syllables(language.get(), text, i, wordEnd);
          }
          i = start(text, wordEnd, end);
        }
        if (words > 0) {
          counts.sentence(words, syllables);
        }
      }
    }


    static int syllables(Language language, CharSequence text, int from, int to) {
      PartCounter counter = language == Language.DUTCH ? Before::dutchPart : Before::englishPart;
      // Most words are ASCII letters, capitalised at most: then the whole word is one part, counted
      // directly, as the general path below would count it.
      int n = to - from;
      if (n > 0 && n <= NO_DIAERESIS.length) {
        char[] lower = SCRATCH.get();
        boolean plain = true;
        for (int k = 0; k < n && plain; k++) {
          char c = text.charAt(from + k);
          plain = c >= 'a' && c <= 'z' || k == 0 && c >= 'A' && c <= 'Z';
          lower[k] = (char) (c | 0x20);
        }
        if (plain) {
          return Math.max(1, counter.count(lower, n, NO_DIAERESIS));
        }
      }
      return count(text, from, to, counter);
    }

    private interface PartCounter {
      /** Counts the first {@code n} characters of {@code lowerCasePart}. */
      int count(char[] lowerCasePart, int n, boolean[] diaeresis);
    }

    /**
     * Splits a word into parts at hyphens, apostrophes and case changes (AI-traject, ChatGPT), counts
     * acronyms by letter and numbers by digit, and the rest with the language's counter.
     */
    private static int count(CharSequence word, int from, int to, PartCounter counter) {
      int total = 0;
      boolean any = false;
      int i = from;
      while (i < to) {
        char c = word.charAt(i);
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
        while (end < to && Character.isLetter(word.charAt(end))) {
          end++;
        }
        total += countLetters(word, i, end, counter);
        i = end;
      }
      return any ? Math.max(1, total) : 0;
    }

    /** Counts a run of letters, splitting off runs of two or more capitals as acronyms. */
    private static int countLetters(CharSequence letters, int from, int to, PartCounter counter) {
      int total = 0;
      int i = from;
      while (i < to) {
        int end = i;
        while (end < to && Character.isUpperCase(letters.charAt(end))) {
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
        while (end < to && !Character.isUpperCase(letters.charAt(end))) {
          end++;
        }
        total += countPart(letters, i, end, counter);
        i = end;
      }
      return total;
    }

    private static final boolean[] NO_DIAERESIS = new boolean[64];

    /** Room for the lower-case letters of a part on the fast path, one per thread. */
    private static final ThreadLocal<char[]> SCRATCH = ThreadLocal.withInitial(() -> new char[NO_DIAERESIS.length]);

    private static int countPart(CharSequence text, int from, int to, PartCounter counter) {
      // Fast path: plain ASCII letters need no Unicode normalisation.
      int n = to - from;
      if (n <= NO_DIAERESIS.length) {
        char[] lower = SCRATCH.get();
        boolean ascii = true;
        for (int k = 0; k < n && ascii; k++) {
          char c = text.charAt(from + k);
          ascii = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
          lower[k] = (char) (c | 0x20);
        }
        if (ascii) {
          return counter.count(lower, n, NO_DIAERESIS);
        }
      }
      String part = text.subSequence(from, to).toString();
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
}
