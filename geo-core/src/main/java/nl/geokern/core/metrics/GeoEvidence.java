package nl.geokern.core.metrics;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.geokern.core.metrics.internal.IdentityMemo;
import nl.geokern.core.model.Block;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.Heading;
import nl.geokern.core.model.Link;
import nl.geokern.core.model.Place;
import nl.geokern.core.model.Site;
import nl.geokern.core.model.TextBlock;
import nl.geokern.core.text.RegexCase;
import nl.geokern.core.text.Sentences;
import nl.geokern.core.text.Words;

/**
 * The evidence in a post that generative answer engines tend to quote, counted, with a 0–100
 * heuristic score. Reported, not enforced: the score is a heuristic with a published basis
 * ({@link #BASIS}), not a measurement of visibility.
 *
 * <p>What is counted:
 * <ul>
 *   <li><b>sourced statistics</b>: text blocks with a statistic (a percentage such as {@code 17,8%} or
 *       {@code 12 procent}, or an amount such as {@code €1.250} or {@code 400 euro}) and a link in the
 *       same block; statistic blocks without a link are counted as unsourced;
 *   <li><b>attributed quotations</b>: blocks (block quotes or text with quotation marks around at
 *       least three words) that attribute the words to someone with a verb such as <i>zegt</i>,
 *       <i>schrijft</i>, <i>volgens</i>, <i>says</i>, <i>according to</i>, or with a dash line
 *       ({@code — Name});
 *   <li><b>outbound citations</b>: distinct external link targets outside the site's own host;
 *   <li><b>answer-first question headings</b>: H2–H6 headings that end with {@code ?} and are followed
 *       directly by a paragraph whose first sentence has at most 30 words;
 *   <li><b>place mentions</b>: whole-word occurrences (ignoring case) of the site's place names and
 *       aliases in the title, headings and text.
 * </ul>
 *
 * <p>The score adds, each capped: 25 × min(sourced statistics, 3) / 3, 20 × min(quotations, 2) / 2,
 * 25 × min(citations, 3) / 3, 20 × min(answer-first headings, 3) / 3 and 10 × min(place mentions, 3) / 3,
 * then subtracts 25 when the post has keyword stuffing (known only from the {@code post.keyword-stuffing}
 * rule's findings, see {@link #withKeywordStuffing(boolean)}); rounded and kept within 0–100.
 *
 * @param sourcedStatistics blocks with a statistic and a link
 * @param unsourcedStatistics blocks with a statistic and no link
 * @param attributedQuotations blocks with an attributed quotation
 * @param outboundCitations distinct external link targets
 * @param questionHeadings headings that are questions
 * @param answerFirstQuestionHeadings question headings followed by an answer-first paragraph
 * @param placeMentions occurrences of place names
 * @param placesMentioned the distinct places mentioned, by their main name, in order of first mention
 * @param keywordStuffing whether the post was found to stuff keywords
 * @param score the heuristic score, 0–100
 */
public record GeoEvidence(
    int sourcedStatistics,
    int unsourcedStatistics,
    int attributedQuotations,
    int outboundCitations,
    int questionHeadings,
    int answerFirstQuestionHeadings,
    int placeMentions,
    List<String> placesMentioned,
    boolean keywordStuffing,
    int score) {

  /** The published basis of the score, and what it is not. */
  public static final String BASIS = "Heuristic, not a measurement. Basis: Aggarwal et al., \"GEO: Generative Engine"
      + " Optimization\", KDD 2024: adding quotations, statistics and cited sources raised a source's visibility in"
      + " generative engine answers by roughly 30–40%; keyword stuffing lowered it.";

  /** The weights of the score, as text for reports. */
  public static final String WEIGHTS = "sourced statistics 25 (3 or more), attributed quotations 20 (2 or more),"
      + " outbound citations 25 (3 or more), answer-first question headings 20 (3 or more), place mentions 10"
      + " (3 or more); keyword stuffing −25";

  /** A first sentence of at most this many words counts as answering first. */
  public static final int ANSWER_FIRST_MAX_WORDS = 30;

  static final Pattern STATISTIC = Pattern.compile(
      "\\d(?:[\\d.,]*\\d)?\\s?(?:%|procent\\b|percent\\b|per cent\\b)"
          + "|[€$£]\\s?\\d"
          + "|\\d(?:[\\d.,]*\\d)?\\s?(?:euro\\b|EUR\\b|dollar)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  static final Pattern ATTRIBUTION = Pattern.compile(
      "\\b(?:zegt|zei|zeggen|schrijft|schreef|schrijven|stelt|stelde|vertelt|vertelde|aldus|volgens|legt\\s+\\S+\\s+uit"
          + "|says|said|writes|wrote|according\\s+to|explains|explained)\\b"
          + "|(?:^|\\n|[\"”»]\\s*)[—–]\\s*\\p{Lu}",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  static final Pattern QUOTED = Pattern.compile("[\"“„«]([^\"“”„«»]+)[\"”»]");

  /** Rejects nulls and copies the list. */
  public GeoEvidence {
    placesMentioned = List.copyOf(placesMentioned);
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("score must be 0-100: " + score);
    }
  }

  /** Counts the evidence in a post; keyword stuffing is not known here and counts as absent. */
  public static GeoEvidence of(BlogPost post, Site site) {
    int sourced = 0;
    int unsourced = 0;
    int quotations = 0;
    Set<String> citations = new LinkedHashSet<>();
    int questionHeadings = 0;
    int answerFirst = 0;
    SiteFacts facts = SiteFacts.of(site);
    String ownHost = facts.ownHost();
    PlaceCounter places = new PlaceCounter(facts.places());
    places.count(post.title());
    List<Block> blocks = post.body().blocks();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      places.count(b.text());
      if (b instanceof Heading h) {
        if (h.level() >= 2 && h.text().strip().endsWith("?")) {
          questionHeadings++;
          if (i + 1 < blocks.size() && blocks.get(i + 1) instanceof TextBlock next
              && next.kind() == TextBlock.Kind.PARAGRAPH && answersFirst(next.text())) {
            answerFirst++;
          }
        }
        continue;
      }
      TextBlock t = (TextBlock) b;
      if (hasStatistic(t.text())) {
        if (t.links().isEmpty()) {
          unsourced++;
        } else {
          sourced++;
        }
      }
      if (isAttributedQuotation(t)) {
        quotations++;
      }
      for (Link l : t.links()) {
        // A target already counted needs no second look at its host.
        if (l.isExternal() && !citations.contains(l.destination()) && !isOwnHost(l.destination(), ownHost)) {
          citations.add(l.destination());
        }
      }
    }
    return create(sourced, unsourced, quotations, citations.size(), questionHeadings, answerFirst, places.mentions,
        new ArrayList<>(places.mentioned), false);
  }

  /** The same counts with keyword stuffing known to be present or absent, and the score adjusted. */
  public GeoEvidence withKeywordStuffing(boolean stuffing) {
    return create(sourcedStatistics, unsourcedStatistics, attributedQuotations, outboundCitations, questionHeadings,
        answerFirstQuestionHeadings, placeMentions, placesMentioned, stuffing);
  }

  /** Evidence with these counts and the score computed from them with the documented weights. */
  public static GeoEvidence create(int sourcedStatistics, int unsourcedStatistics, int attributedQuotations,
      int outboundCitations, int questionHeadings, int answerFirstQuestionHeadings, int placeMentions,
      List<String> placesMentioned, boolean keywordStuffing) {
    double score = 25.0 * Math.min(sourcedStatistics, 3) / 3
        + 20.0 * Math.min(attributedQuotations, 2) / 2
        + 25.0 * Math.min(outboundCitations, 3) / 3
        + 20.0 * Math.min(answerFirstQuestionHeadings, 3) / 3
        + 10.0 * Math.min(placeMentions, 3) / 3
        - (keywordStuffing ? 25 : 0);
    int rounded = (int) Math.max(0, Math.min(100, Math.round(score)));
    return new GeoEvidence(sourcedStatistics, unsourcedStatistics, attributedQuotations, outboundCitations,
        questionHeadings, answerFirstQuestionHeadings, placeMentions, placesMentioned, keywordStuffing, rounded);
  }

  /** Whether a text's first sentence is short enough to be a direct answer. */
  static boolean answersFirst(String text) {
    // Only the first sentence counts: find its bounds and no further sentence.
    int words = Sentences.firstSentenceWords(text);
    return words >= 0 && words <= ANSWER_FIRST_MAX_WORDS;
  }

  /** Whether {@link #STATISTIC} occurs in {@code text}. */
  static boolean hasStatistic(String text) {
    // Every match starts with a currency sign or a digit. A match that starts at a digit after a digit also
    // starts at the first digit of that run of [\d.,] (which follows no digit), with the same ending. So
    // the regex is asked only at currency signs and digits that follow no digit, with the whole text
    // visible for its word boundaries, instead of at every position from the first digit on.
    int n = text.length();
    int first = 0;
    // Most text has neither: the plainest loop finds that out fastest.
    while (first < n && !isStatisticStart(text.charAt(first))) {
      first++;
    }
    Matcher m = null;
    boolean afterDigit = false;
    for (int i = first; i < n; i++) {
      char c = text.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      if (digit && !afterDigit || c == '€' || c == '$' || c == '£') {
        if (m == null) {
          m = STATISTIC.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }
        if (m.region(i, n).lookingAt()) {
          return true;
        }
      }
      afterDigit = digit;
    }
    return false;
  }

  private static boolean isStatisticStart(char c) {
    return c >= '0' && c <= '9' || c == '€' || c == '$' || c == '£';
  }

  private static boolean isAttributedQuotation(TextBlock t) {
    String text = t.text();
    boolean quoted = t.kind() == TextBlock.Kind.QUOTE || hasQuotation(text);
    return quoted && hasAttribution(text);
  }

  /**
   * Whether {@link #QUOTED} finds, in {@code text}, a quotation whose words ({@link Words#count}) are at
   * least three: the quotations the regex would find, one after the other, scanned by hand.
   */
  static boolean hasQuotation(String text) {
    int n = text.length();
    // Most text has no quote mark at all: String.indexOf finds that out fastest.
    int i = firstOpeningQuote(text);
    while (i < n) {
      if (!isOpeningQuote(text.charAt(i))) {
        i++;
        continue;
      }
      // The quoted run is every character up to the next quote mark; the regex cannot end it earlier
      // or later, because its class excludes every mark and only a mark can close it.
      int end = i + 1;
      while (end < n && !isQuoteMark(text.charAt(end))) {
        end++;
      }
      if (end > i + 1 && end < n && isClosingQuote(text.charAt(end))) {
        if (Words.count(text, i + 1, end) >= 3) {
          return true;
        }
        i = end + 1;
      } else {
        // No quotation opens here; none can open inside the run either, as it holds no mark.
        i = end;
      }
    }
    return false;
  }

  private static final char[] OPENING_QUOTES = {'"', '“', '„', '«'};

  /** Where the first character that can open a quotation is; the text's length if there is none. */
  private static int firstOpeningQuote(String text) {
    int first = text.length();
    for (char open : OPENING_QUOTES) {
      int at = text.indexOf(open);
      if (at >= 0 && at < first) {
        first = at;
      }
    }
    return first;
  }

  private static boolean isOpeningQuote(char c) {
    return c == '"' || c == '“' || c == '„' || c == '«';
  }

  private static boolean isClosingQuote(char c) {
    return c == '"' || c == '”' || c == '»';
  }

  private static boolean isQuoteMark(char c) {
    return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»';
  }

  /**
   * Whether {@link #ATTRIBUTION} occurs in {@code text}. The regex tries every position, which showed up
   * in profiles; a verb can only match where one of {@link #VERB_STARTS} is written (ignoring case as the
   * regex does), so the regex is asked only there, with the whole text visible for its word boundaries.
   */
  static boolean hasAttribution(String text) {
    if (text.indexOf('—') >= 0 || text.indexOf('–') >= 0) {
      // A dash line can be matched from many places; such text is rare, so it gets the plain regex.
      return ATTRIBUTION.matcher(text).find();
    }
    Matcher m = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if (!startsVerb(text, i)) {
        continue;
      }
      if (m == null) {
        m = ATTRIBUTION.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      }
      if (m.region(i, n).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** The beginnings of the attribution verbs of {@link #ATTRIBUTION}: each verb starts with one of these. */
  static final List<String> VERB_STARTS = List.of("zeg", "zei", "schr", "stel", "vertel", "aldus", "volgens", "legt",
      "says", "said", "writes", "wrote", "according", "explain");

  /** {@link #VERB_STARTS} by their first letter. */
  private static final String[][] VERB_STARTS_BY_FIRST = new String[128][];

  static {
    for (char first = 'a'; first <= 'z'; first++) {
      char f = first;
      String[] starts = VERB_STARTS.stream().filter(v -> v.charAt(0) == f).toArray(String[]::new);
      VERB_STARTS_BY_FIRST[first] = starts.length == 0 ? null : starts;
    }
  }

  private static boolean startsVerb(String text, int at) {
    int first = RegexCase.fold(text.charAt(at));
    String[] starts = first < 128 ? VERB_STARTS_BY_FIRST[first] : null;
    if (starts == null) {
      return false;
    }
    for (String start : starts) {
      if (matchesFolded(text, at, start)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} at {@code at} reads {@code lower} (lower-case ASCII) as the regex ignores case. */
  private static boolean matchesFolded(String text, int at, String lower) {
    if (at + lower.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      if (RegexCase.fold(text.charAt(at + k)) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the host of {@code url} is {@code ownHost}. A host is ASCII and is lower-cased, so a url whose
   * lower case does not hold {@code ownHost} cannot have it, and is not parsed.
   */
  private static boolean isOwnHost(String url, String ownHost) {
    if (!ownHost.isEmpty() && !url.toLowerCase(Locale.ROOT).contains(ownHost)) {
      return false;
    }
    return ownHost.equals(host(url));
  }

  private static String host(String url) {
    try {
      String h = URI.create(url.strip()).getHost();
      if (h == null) {
        return "";
      }
      h = h.toLowerCase(Locale.ROOT);
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      // Not a valid URI: it cannot be the site's own host, so it counts as outbound.
      return "";
    }
  }

  /** What {@link #of} needs from a site, worked out once for a site rather than for every post. */
  private record SiteFacts(String ownHost, PlaceSpellings places) {

    /** The facts of each site asked for, for as long as the site is in use. */
    private static final IdentityMemo<Site, SiteFacts> BY_SITE = new IdentityMemo<>();

    static SiteFacts of(Site site) {
      return BY_SITE.get(site, s -> new SiteFacts(host(s.url()), new PlaceSpellings(s.places())));
    }
  }

  /** One lower-case spelling of a place, and which place it spells. */
  private record Spelling(int place, String lower) {}

  /**
   * The places of a site and their spellings in lower case ({@link Locale#ROOT}), also indexed by first
   * character so that a text is read once for all of them.
   */
  static final class PlaceSpellings {
    final List<Place> places;
    final List<List<String>> lower = new ArrayList<>();
    private final Spelling[][] byAsciiFirst = new Spelling[128][];
    private final Map<Character, Spelling[]> byOtherFirst = new HashMap<>();

    PlaceSpellings(List<Place> places) {
      this.places = places;
      Map<Character, List<Spelling>> byFirst = new LinkedHashMap<>();
      for (int i = 0; i < places.size(); i++) {
        List<String> spellings = places.get(i).spellings().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        lower.add(spellings);
        for (String s : spellings) {
          if (!s.isEmpty()) {
            byFirst.computeIfAbsent(s.charAt(0), c -> new ArrayList<>()).add(new Spelling(i, s));
          }
        }
      }
      byFirst.forEach((first, list) -> {
        Spelling[] array = list.toArray(new Spelling[0]);
        if (first < 128) {
          byAsciiFirst[first] = array;
        } else {
          byOtherFirst.put(first, array);
        }
      });
    }

    /**
     * Adds the whole-word mentions of each place in {@code text} to {@code counts}, by place; {@code
     * chars} is a buffer for the text's characters, at least as long as the text.
     */
    void count(String text, char[] chars, int[] counts) {
      text.getChars(0, text.length(), chars, 0);
      if (!countCharByChar(chars, text.length(), counts)) {
        Arrays.fill(counts, 0);
        String lowerText = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < places.size(); i++) {
          for (String spelling : lower.get(i)) {
            counts[i] += occurrences(lowerText, spelling);
          }
        }
      }
    }

    /**
     * Counts as {@link #occurrences} would in {@code text.toLowerCase(Locale.ROOT)}, lower-casing one
     * character at a time instead of copying the text, and looking for a spelling only where a word
     * starts. That lower case is the same text except where lower case depends on more than one
     * character: a surrogate pair, {@code İ} (which becomes two characters) or {@code Σ} (whose lower
     * case depends on its neighbours). For text with one of those it returns false and {@code counts}
     * must be thrown away.
     *
     * @param chars a copy of {@code text}'s characters (at least as long), read instead of the text
     */
    private boolean countCharByChar(char[] chars, int n, int[] counts) {
      int i = 0;
      while (i < n) {
        // Here no letter or digit precedes i: a spelling can start.
        char c = chars[i];
        char lc;
        Spelling[] candidates;
        if (c < 128) {
          lc = (char) ASCII_LOWER[c];
          candidates = byAsciiFirst[lc];
        } else {
          if (isMultiCharLowerCase(c)) {
            return false;
          }
          lc = Character.toLowerCase(c);
          candidates = byOtherFirst.isEmpty() ? null : byOtherFirst.get(lc);
        }
        if (candidates != null) {
          for (Spelling s : candidates) {
            if (isWordAt(chars, n, i, s.lower())) {
              counts[s.place()]++;
            }
          }
        }
        i++;
        if (isLetterOrDigit(lc)) {
          // Skip the rest of the word, then the character after it, which follows a letter or digit.
          for (; i < n; i++) {
            char w = chars[i];
            if (w < 128) {
              if (!ASCII_WORD[w]) {
                break;
              }
            } else if (isMultiCharLowerCase(w)) {
              return false;
            } else if (!Character.isLetterOrDigit(Character.toLowerCase(w))) {
              break;
            }
          }
          if (i < n && chars[i] >= 128 && isMultiCharLowerCase(chars[i])) {
            return false;
          }
          i++;
        }
      }
      return true;
    }

    private static boolean isMultiCharLowerCase(char c) {
      return c == '\u0130' || c == '\u03a3' || Character.isSurrogate(c);
    }

    /** Whether {@code lower} is written at {@code at}, ignoring case, and not followed by a letter or digit. */
    private static boolean isWordAt(char[] chars, int n, int at, String lower) {
      int end = at + lower.length();
      if (end > n) {
        return false;
      }
      for (int k = 1; k < lower.length(); k++) {
        if (Character.toLowerCase(chars[at + k]) != lower.charAt(k)) {
          return false;
        }
      }
      return end == n || !isLetterOrDigit(Character.toLowerCase(chars[end]));
    }

    private static boolean isLetterOrDigit(char lc) {
      return lc < 128 ? ASCII_WORD[lc] : Character.isLetterOrDigit(lc);
    }
  }

  /** {@link Character#toLowerCase(char)} of each ASCII character. */
  private static final int[] ASCII_LOWER = new int[128];
  /** {@link Character#isLetterOrDigit(char)} of each ASCII character. */
  private static final boolean[] ASCII_WORD = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_LOWER[c] = Character.toLowerCase(c);
      ASCII_WORD[c] = Character.isLetterOrDigit(c);
    }
  }

  /** Counts whole-word mentions of place names and aliases, ignoring case. */
  private static final class PlaceCounter {
    private final PlaceSpellings spellings;
    private final int[] counts;
    private char[] chars = new char[256];
    int mentions;
    final Set<String> mentioned = new LinkedHashSet<>();

    PlaceCounter(PlaceSpellings spellings) {
      this.spellings = spellings;
      this.counts = new int[spellings.places.size()];
    }

    void count(String text) {
      if (chars.length < text.length()) {
        chars = new char[Math.max(text.length(), chars.length * 2)];
      }
      Arrays.fill(counts, 0);
      spellings.count(text, chars, counts);
      // Places in the site's order, as each text adds them.
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] > 0) {
          mentions += counts[i];
          mentioned.add(spellings.places.get(i).name());
        }
      }
    }
  }

  /** Whole-word occurrences of {@code word} in {@code text} (both already in the same case). */
  static int occurrences(String text, String word) {
    if (word.isEmpty()) {
      return 0;
    }
    int n = 0;
    int len = word.length();
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean endOk = at + len == text.length() || !Character.isLetterOrDigit(text.charAt(at + len));
      if (startOk && endOk) {
        n++;
      }
    }
    return n;
  }
}
