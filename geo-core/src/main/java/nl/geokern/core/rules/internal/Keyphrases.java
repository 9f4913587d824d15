package nl.geokern.core.rules.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.geokern.core.metrics.internal.IdentityMemo;
import nl.geokern.core.model.Block;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;

/**
 * Word-based keyphrase matching shared by {@code post.keywords} and {@code post.keyword-stuffing}:
 * case- and accent-insensitive, hyphenated words split into their parts ({@code AI-workshop} = AI +
 * workshop), stop words ignored, and inflections matched by a shared prefix of at least
 * {@value #MIN_SHARED_PREFIX} characters ({@code automatisering} ~ {@code automatiseren}).
 */
final class Keyphrases {

  /** Dutch and English words that carry no topic and are left out of a keyphrase. */
  static final List<String> DEFAULT_STOP_WORDS = List.of(
      "de", "het", "een", "van", "voor", "in", "en", "met", "op", "te", "aan", "bij", "om", "of", "als", "uit",
      "naar", "tot", "door", "over", "je", "jouw", "uw", "vs", "versus",
      "the", "a", "an", "of", "for", "and", "to", "on", "with", "or", "by");

  /** Two words of this many characters or more that start alike count as one word inflected. */
  static final int MIN_SHARED_PREFIX = 5;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Keyphrases() {}

  /**
   * The post's focus keyphrase: the first of its {@code keywords}, else its cluster's first keyword.
   *
   * @return the phrase and where it comes from ("keywords" or "cluster 'id'")
   */
  static Optional<Focus> focus(BlogPost post, ContentSet content) {
    if (!post.keywords().isEmpty() && !post.keywords().get(0).isBlank()) {
      return Optional.of(new Focus(post.keywords().get(0), "the first of the post's keywords"));
    }
    return post.cluster().flatMap(content::cluster)
        .filter(c -> !c.keywords().isEmpty())
        .map(c -> new Focus(c.keywords().get(0), "the first keyword of cluster '" + c.id() + "'"));
  }

  /** A focus keyphrase and a description of where it was found. */
  record Focus(String phrase, String source) {}

  /** The lower-case, accent-free words of {@code text}, hyphenated and apostrophed words split. */
  static List<String> tokens(String text) {
    // Folded and split in one go: the folded text is never made into a string.
    char[] folded = foldChars(text);
    List<String> out = new ArrayList<>();
    for (int start = tokenStart(folded, 0); start < folded.length; ) {
      int end = tokenEnd(folded, start);
      out.add(new String(folded, start, end - start));
      start = tokenStart(folded, end);
    }
    return out;
  }

  /** Where the next token of folded text starts, from {@code from}; the length when none does. */
  private static int tokenStart(char[] folded, int from) {
    int i = from;
    while (i < folded.length && !isTokenChar(folded[i])) {
      i++;
    }
    return i;
  }

  /** Where the token that starts at {@code start} ends (exclusive). */
  private static int tokenEnd(char[] folded, int start) {
    int i = start + 1;
    while (i < folded.length && isTokenChar(folded[i])) {
      i++;
    }
    return i;
  }

  private static boolean isTokenChar(char ch) {
    return ch < 128 ? ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' || ch >= 'A' && ch <= 'Z' : Character.isLetterOrDigit(ch);
  }

  /** The content words of a phrase: its tokens without stop words. */
  static List<String> contentWords(String phrase, Set<String> stopWords) {
    List<String> out = new ArrayList<>();
    for (String t : tokens(phrase)) {
      if (!stopWords.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /** The stop words, folded like tokens. */
  static Set<String> stopWords(Collection<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.addAll(tokens(w));
    }
    return out;
  }

  /** Whether two tokens are the same word: equal, or sharing a prefix of {@value #MIN_SHARED_PREFIX}+ characters. */
  static boolean sameWord(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (a.length() < MIN_SHARED_PREFIX || b.length() < MIN_SHARED_PREFIX) {
      return false;
    }
    return a.regionMatches(0, b, 0, MIN_SHARED_PREFIX);
  }

  /** The phrase words that match no token of {@code text}, in phrase order. */
  static List<String> missing(List<String> phraseWords, List<String> textTokens) {
    List<String> out = new ArrayList<>();
    for (String w : phraseWords) {
      boolean found = false;
      for (String t : textTokens) {
        if (sameWord(w, t)) {
          found = true;
          break;
        }
      }
      if (!found) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * How often the phrase words occur in order in {@code tokens}, stop words between them skipped
   * (so "prijs van een AI-workshop" counts for "prijs AI workshop").
   */
  static int occurrences(List<String> phraseWords, List<String> tokens, Set<String> stopWords) {
    List<String> content = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      if (!stopWords.contains(t)) {
        content.add(t);
      }
    }
    return count(content.size(), phraseWords.size(), (i, j) -> sameWord(phraseWords.get(j), content.get(i)));
  }

  /** Whether phrase word j matches content token i. */
  @FunctionalInterface
  private interface Match {
    boolean test(int token, int word);
  }

  /** Occurrences of all {@code size} phrase words in order among {@code tokens} content tokens, not overlapping. */
  private static int count(int tokens, int size, Match match) {
    if (size == 0) {
      return 0;
    }
    int n = 0;
    for (int i = 0; i + size <= tokens; i++) {
      boolean all = true;
      for (int j = 0; j < size; j++) {
        if (!match.test(i + j, j)) {
          all = false;
          break;
        }
      }
      if (all) {
        n++;
        i += size - 1;
      }
    }
    return n;
  }

  /**
   * Stop words folded like tokens: as a set, to split a phrase, and as a hash table, to look a token
   * up where it stands in a text.
   */
  static final class StopWords {

    /**
     * The stop words of each list asked for. A rule's options, and so its list of stop words, live as
     * long as a validation: building the set and the table once per list, not per post, is what pays.
     */
    private static final IdentityMemo<List<String>, StopWords> BY_LIST = new IdentityMemo<>();

    private final Set<String> set;
    private final Table table;

    private StopWords(Set<String> folded) {
      this.set = folded;
      this.table = new Table(set.size());
      set.forEach(w -> table.add(w.toCharArray()));
    }

    /** The stop words of {@code words} (an unmodifiable list, such as an options record holds). */
    static StopWords of(List<String> words) {
      return BY_LIST.get(words, w -> new StopWords(Set.copyOf(stopWords(w))));
    }

    /** Stop words already folded, used as they are. */
    static StopWords ofFolded(Set<String> folded) {
      return new StopWords(folded);
    }

    /** The folded stop words. */
    Set<String> set() {
      return set;
    }
  }

  /**
   * The content words of a keyphrase, ready to be looked for in text: each token is folded into a
   * buffer as it is read, and only a token that can change the count is looked up (see {@link
   * #mayStart}). Matches what {@link #occurrences} and {@link #missing} give on {@link #tokens}.
   * Thread-confined: it keeps one scan to reuse.
   */
  static final class Matcher {
    private final List<String> words;
    private final StopWords stopWords;
    /** The phrase words' characters, word j at index j. */
    private final char[][] wordChars;
    /** The distinct first {@value #MIN_SHARED_PREFIX} characters of the long phrase words, and their bits. */
    private final char[][] prefixes;
    private final int[] prefixMasks;
    /** Bit c (c below 128): some phrase word starts with c. */
    private final long startsLow;
    private final long startsHigh;
    /** Reused by {@link #missing} and {@link #foundAll}, which a rule asks once for each heading. */
    private Scan scan;

    private Matcher(List<String> words, StopWords stopWords) {
      this.words = List.copyOf(words);
      this.stopWords = stopWords;
      // a wide phrase is matched on strings alone: the scan's tables stay empty
      int n = wide() ? 0 : words.size();
      char[][] chars = new char[n][];
      char[][] p = new char[n][];
      int[] masks = new int[n];
      long low = 0;
      long high = 0;
      int k = 0;
      for (int j = 0; j < n; j++) {
        char[] w = words.get(j).toCharArray();
        chars[j] = w;
        if (w.length > 0 && w[0] < 64) {
          low |= 1L << w[0];
        } else if (w.length > 0 && w[0] < 128) {
          high |= 1L << w[0] - 64;
        }
        if (w.length >= MIN_SHARED_PREFIX) {
          char[] prefix = Arrays.copyOf(w, MIN_SHARED_PREFIX);
          int at = 0;
          while (at < k && !Arrays.equals(p[at], prefix)) {
            at++;
          }
          if (at == k) {
            p[k++] = prefix;
          }
          masks[at] |= 1 << j;
        }
      }
      wordChars = chars;
      prefixes = Arrays.copyOf(p, k);
      prefixMasks = Arrays.copyOf(masks, k);
      startsLow = low;
      startsHigh = high;
    }

    /** The matcher of the content words {@code words}, stop words skipped in between. */
    static Matcher of(List<String> words, StopWords stopWords) {
      return new Matcher(words, stopWords);
    }

    /**
     * Whether the phrase has too many words for the scan, which gives each word one bit of an int and
     * keeps the top bit free, so that only the string path counts.
     */
    boolean wide() {
      return words.size() >= Integer.SIZE;
    }

    /** {@link #occurrences} of the phrase in the blocks' texts, taken as one run of tokens. */
    int occurrences(List<? extends Block> blocks) {
      if (wide()) {
        List<String> tokens = new ArrayList<>();
        blocks.forEach(b -> tokens.addAll(tokens(b.text())));
        return Keyphrases.occurrences(words, tokens, stopWords.set());
      }
      Scan scan = new Scan(this);
      for (Block b : blocks) {
        scan.text(b.text());
      }
      return scan.occurrences;
    }

    /** {@link #missing}: the phrase words that match no token of {@code text}, stop words included. */
    List<String> missing(String text) {
      if (wide()) {
        return Keyphrases.missing(words, tokens(text));
      }
      int found = found(text);
      List<String> out = new ArrayList<>();
      for (int j = 0; j < words.size(); j++) {
        if ((found >>> j & 1) == 0) {
          out.add(words.get(j));
        }
      }
      return out;
    }

    /** Whether every phrase word matches a token of {@code text}: {@link #missing} is empty. */
    boolean foundAll(String text) {
      if (wide()) {
        return Keyphrases.missing(words, tokens(text)).isEmpty();
      }
      int all = words.isEmpty() ? 0 : -1 >>> Integer.SIZE - words.size();
      return (found(text) & all) == all;
    }

    /** Bit j: phrase word j matches a token of {@code text}. */
    private int found(String text) {
      if (scan == null) {
        scan = new Scan(this);
      } else {
        scan.reset();
      }
      scan.text(text);
      return scan.found;
    }

    /**
     * Whether a token whose first folded character is {@code first} can match a phrase word: a word
     * equal to it, or sharing its first {@value #MIN_SHARED_PREFIX} characters, starts with the same
     * character. A character outside ASCII is never ruled out.
     */
    boolean mayStart(char first) {
      return first < 64 ? (startsLow >>> first & 1) != 0 : first >= 128 || (startsHigh >>> first - 64 & 1) != 0;
    }

    /** The phrase words equal to {@code token[0..length)}, or sharing their first {@value #MIN_SHARED_PREFIX} characters. */
    private int mask(char[] token, int length) {
      int mask = 0;
      for (int j = 0; j < wordChars.length; j++) {
        char[] w = wordChars[j];
        if (w.length == length && Table.same(w, token, length)) {
          mask |= 1 << j;
        }
      }
      if (length >= MIN_SHARED_PREFIX) {
        for (int k = 0; k < prefixes.length; k++) {
          char[] p = prefixes[k];
          int i = 0;
          while (i < MIN_SHARED_PREFIX && p[i] == token[i]) {
            i++;
          }
          if (i == MIN_SHARED_PREFIX) {
            mask |= prefixMasks[k];
          }
        }
      }
      return mask;
    }
  }

  /**
   * Reads texts one after another, as one run of tokens: counts the phrase's occurrences and notes
   * which phrase words matched any token. Not thread-safe.
   */
  private static final class Scan {
    private final Matcher matcher;
    private final int lastBit;
    /** Bit j: the content tokens that end with the last one match phrase words 0..j (shift-and). */
    private int partial;
    /** Occurrences counted so far, not overlapping. */
    private int occurrences;
    /** Bit j: phrase word j matched some token, stop word or not. */
    private int found;
    private char[] buffer = new char[0];

    private Scan(Matcher matcher) {
      this.matcher = matcher;
      this.lastBit = matcher.words.isEmpty() ? 0 : 1 << matcher.words.size() - 1;
    }

    /** Back to no tokens read, the buffer kept. */
    void reset() {
      partial = 0;
      occurrences = 0;
      found = 0;
    }

    /**
     * Reads the tokens of one text. Folding and splitting go in one pass, each token that is kept
     * folded into the buffer; a letter outside the folding table sends the whole text through
     * {@link #slowFold} after all, from the state before it, as {@link #foldChars} does.
     *
     * <p>Most tokens cannot change anything: with no partial match pending, a token that matches no
     * phrase word leaves every count as it is, stop word or not, and a token whose first character
     * starts no phrase word matches none. Such a token is read to its end (a letter outside the table
     * may still be in it) but neither kept nor looked up. The text is read where it is, not copied:
     * most of it is read once and never kept.
     */
    void text(String text) {
      int length = text.length();
      if (buffer.length < length) {
        buffer = new char[Math.max(length, buffer.length * 2)];
      }
      char[] b = buffer;
      int partialBefore = partial;
      int occurrencesBefore = occurrences;
      int foundBefore = found;
      // The token being kept is b[0..n).
      int n = 0;
      // Whether the token being read is one that cannot change anything, read without being kept.
      boolean passing = false;
      for (int i = 0; i < length; i++) {
        char c = text.charAt(i);
        char f;
        if (c >= 'a' && c <= 'z') {
          // Most of any text, and their own folded form: spared the table.
          if (passing) {
            // The rest of a passed word's lower-case letters, in a loop of its own.
            while (i + 1 < length && (c = text.charAt(i + 1)) >= 'a' && c <= 'z') {
              i++;
            }
            continue;
          }
          f = c;
        } else if (c < TOKEN_FOLD.length) {
          f = TOKEN_FOLD[c];
          if (f == DROP) {
            continue;
          }
          if (f == SEPARATOR) {
            if (n > 0) {
              token(b, n);
              n = 0;
            }
            passing = false;
            continue;
          }
        } else if (c == DROP || isMark(c)) {
          continue;
        } else if (Character.isLetter(c) || Character.isSurrogate(c) || CHANGED_BY_FOLDING.get(c)) {
          partial = partialBefore;
          occurrences = occurrencesBefore;
          found = foundBefore;
          folded(slowFold(text).toCharArray());
          return;
        } else if (isTokenChar(c)) {
          f = c;
        } else {
          if (n > 0) {
            token(b, n);
            n = 0;
          }
          passing = false;
          continue;
        }
        if (n > 0) {
          b[n++] = f;
        } else if (!passing) {
          if (partial == 0 && !matcher.mayStart(f)) {
            passing = true;
          } else {
            b[n++] = f;
          }
        }
      }
      if (n > 0) {
        token(b, n);
      }
    }

    /** Reads the tokens of text already folded (and owned: its characters are overwritten). */
    private void folded(char[] folded) {
      int n = 0;
      for (char f : folded) {
        if (isTokenChar(f)) {
          folded[n++] = f;
        } else if (n > 0) {
          token(folded, n);
          n = 0;
        }
      }
      if (n > 0) {
        token(folded, n);
      }
    }

    /** One token, {@code token[0..length)}. */
    private void token(char[] token, int length) {
      int mask = matcher.mask(token, length);
      if (mask == 0 && partial == 0) {
        // Stop word or not, nothing changes.
        return;
      }
      found |= mask;
      if (!matcher.stopWords.table.contains(token, length)) {
        partial = (partial << 1 | 1) & mask;
        if ((partial & lastBit) != 0) {
          occurrences++;
          partial = 0;
        }
      }
    }
  }

  /**
   * An open-addressing hash set of folded words (the stop words); a token is looked up where it stands in
   * a buffer, without being made a string.
   */
  private static final class Table {
    private final int[] hashes;
    private final char[][] keys;
    /** 32 - log2 of the capacity: the slot is the top bits of the mixed hash. */
    private final int shift;

    /** Room for {@code entries} words at a load of at most a half, so that a miss stops early. */
    Table(int entries) {
      int capacity = Integer.highestOneBit(Math.max(entries, 4) * 2 - 1) << 1;
      hashes = new int[capacity];
      keys = new char[capacity][];
      shift = Integer.numberOfLeadingZeros(capacity) + 1;
    }

    /**
     * A hash of the first and last characters and the length: cheap to take at the end of a token, and
     * words as short as stop words seldom share all three.
     */
    static int hash(char[] word, int length) {
      return length == 0 ? 0 : (word[0] * 31 + word[length - 1]) * 31 + length;
    }

    private int slot(int hash) {
      return hash * 0x9E3779B9 >>> shift;
    }

    /** Adds the word. */
    void add(char[] word) {
      int hash = hash(word, word.length);
      int i = slot(hash);
      while (keys[i] != null && !(hashes[i] == hash && Arrays.equals(keys[i], word))) {
        i = i + 1 & keys.length - 1;
      }
      keys[i] = word;
      hashes[i] = hash;
    }

    /** Whether the first {@code length} characters are equal: a loop beats {@link Arrays#equals} on words this short. */
    static boolean same(char[] a, char[] b, int length) {
      for (int i = 0; i < length; i++) {
        if (a[i] != b[i]) {
          return false;
        }
      }
      return true;
    }

    /** Whether the word {@code text[0..length)} is in the set. */
    boolean contains(char[] text, int length) {
      int hash = hash(text, length);
      int i = slot(hash);
      for (char[] key = keys[i]; key != null; key = keys[i]) {
        if (hashes[i] == hash && key.length == length && same(key, text, length)) {
          return true;
        }
        i = i + 1 & keys.length - 1;
      }
      return false;
    }
  }

  /** Lower case without accents ({@code één} → {@code een}); ASCII text takes a fast path. */
  static String fold(String text) {
    return new String(foldChars(text));
  }

  /** The characters of {@link #fold}. */
  private static char[] foldChars(String text) {
    // Latin letters (up to U+017F) fold through a table made with the same rule as the slow path;
    // any other letter sends the whole text through Unicode normalisation.
    char[] out = new char[text.length()];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char f;
      if (c < LATIN.length) {
        f = LATIN[c];
      } else if (isMark(c)) {
        f = DROP;
      } else if (Character.isLetter(c) || Character.isSurrogate(c) || CHANGED_BY_FOLDING.get(c)) {
        return slowFold(text).toCharArray();
      } else {
        f = c;
      }
      if (f != DROP) {
        out[n++] = f;
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  private static String slowFold(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
  }

  /** Marks a combining mark, which folding drops (a noncharacter, never in text). */
  private static final char DROP = '\uFFFF';

  /** The folded form of every character up to U+017F ({@link #DROP} for a combining mark). */
  private static final char[] LATIN = new char[0x180];

  /** Stands for a character that folds to one that is not a token character. */
  private static final char SEPARATOR = '\u0000';

  /**
   * {@link #LATIN}, with {@link #SEPARATOR} for what folds to a character outside tokens: one look-up
   * says what a character of Latin text does to a token.
   */
  private static final char[] TOKEN_FOLD = new char[LATIN.length];

  /** Characters above U+017F, other than letters and marks, that lower-casing or NFD would change. */
  private static final java.util.BitSet CHANGED_BY_FOLDING = new java.util.BitSet(0x10000);

  static {
    for (char c = 0; c < LATIN.length; c++) {
      if (isMark(c)) {
        LATIN[c] = DROP;
        continue;
      }
      String folded = slowFold(String.valueOf(c));
      LATIN[c] = folded.length() == 1 ? folded.charAt(0) : c;
    }
    for (char c = 0; c < LATIN.length; c++) {
      TOKEN_FOLD[c] = LATIN[c] == DROP || isTokenChar(LATIN[c]) ? LATIN[c] : SEPARATOR;
    }
    for (int c = LATIN.length; c < 0x10000; c++) {
      char ch = (char) c;
      if (!Character.isSurrogate(ch) && (Character.toLowerCase(ch) != ch
          || !Normalizer.isNormalized(String.valueOf(ch), Normalizer.Form.NFD))) {
        CHANGED_BY_FOLDING.set(c);
      }
    }
  }

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
