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

  /**
   * {@link #occurrences} over the tokens of {@code texts} taken as one run of tokens, as if they were
   * concatenated; the tokens are compared where they stand in the folded text, never made into strings.
   */
  static int occurrencesInTexts(List<String> phraseWords, List<String> texts, Set<String> stopWords) {
    int size = phraseWords.size();
    if (size >= Integer.SIZE) {
      // One bit per phrase word does not fit: count on strings.
      List<String> tokens = new ArrayList<>();
      texts.forEach(t -> tokens.addAll(tokens(t)));
      return occurrences(phraseWords, tokens, stopWords);
    }
    char[][] phrase = new char[size][];
    for (int j = 0; j < size; j++) {
      phrase[j] = phraseWords.get(j).toCharArray();
    }
    StopWords stop = new StopWords(stopWords);
    // Per content token, bit j says whether phrase word j matches it.
    int[] masks = new int[256];
    int n = 0;
    for (String text : texts) {
      char[] folded = foldChars(text);
      for (int start = tokenStart(folded, 0); start < folded.length; ) {
        int end = tokenEnd(folded, start);
        if (!stop.contains(folded, start, end)) {
          int mask = 0;
          for (int j = 0; j < size; j++) {
            if (sameWord(phrase[j], folded, start, end)) {
              mask |= 1 << j;
            }
          }
          if (n == masks.length) {
            masks = Arrays.copyOf(masks, n * 2);
          }
          masks[n++] = mask;
        }
        start = tokenStart(folded, end);
      }
    }
    int[] m = masks;
    return count(n, size, (i, j) -> (m[i] >>> j & 1) != 0);
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

  /** {@link #sameWord} of a phrase word and the token between {@code start} and {@code end} of folded text. */
  private static boolean sameWord(char[] word, char[] folded, int start, int end) {
    int length = end - start;
    if (word.length == length && Arrays.equals(word, 0, length, folded, start, end)) {
      return true;
    }
    return word.length >= MIN_SHARED_PREFIX && length >= MIN_SHARED_PREFIX
        && Arrays.equals(word, 0, MIN_SHARED_PREFIX, folded, start, start + MIN_SHARED_PREFIX);
  }

  /** A set of stop words that answers for a range of characters, without making it a string. */
  private static final class StopWords {
    private final char[][][] byLength;

    StopWords(Set<String> words) {
      int max = words.stream().mapToInt(String::length).max().orElse(0);
      List<List<char[]>> lists = new ArrayList<>();
      for (int i = 0; i <= max; i++) {
        lists.add(new ArrayList<>());
      }
      words.forEach(w -> lists.get(w.length()).add(w.toCharArray()));
      byLength = lists.stream().map(l -> l.toArray(new char[0][])).toArray(char[][][]::new);
    }

    boolean contains(char[] text, int start, int end) {
      int length = end - start;
      if (length == 0 || length >= byLength.length) {
        return false;
      }
      for (char[] w : byLength[length]) {
        if (w[0] == text[start] && Arrays.equals(w, 0, length, text, start, end)) {
          return true;
        }
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
