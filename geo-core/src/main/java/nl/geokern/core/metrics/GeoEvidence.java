package nl.geokern.core.metrics;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
      // The block is copied and read once: for the places, and for which kinds of character it holds.
      int kinds = places.count(b.text());
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
      // Most blocks hold no digit or currency sign, and so no statistic.
      if ((kinds & STATISTIC_START) != 0 && hasStatistic(t.text(), places.chars())) {
        if (t.links().isEmpty()) {
          unsourced++;
        } else {
          sourced++;
        }
      }
      if (isAttributedQuotation(t, kinds)) {
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
    return hasStatistic(text, text.toCharArray());
  }

  /**
   * Whether {@link #STATISTIC} occurs in {@code text}, whose characters {@code chars} holds (it may be
   * longer), matched by hand. Every match starts with a currency sign or a digit:
   * <ul>
   *   <li>after a currency sign the regex needs only a digit, or one {@code \s} and a digit;
   *   <li>from a digit, {@code \d(?:[\d.,]*\d)?} can only end at the end of the run of {@code [\d.,]}
   *       it starts, and only if that is a digit: ending earlier leaves a {@code [\d.,]} where an optional
   *       {@code \s} and a unit ({@code %}, a letter) must follow. Every digit of the run gives the same
   *       answer, so the run is looked at once. Then come one optional {@code \s} and a unit, compared as
   *       the regex ignores case ({@link RegexCase#fold}).
   * </ul>
   * Where a unit's {@code \b} depends on a non-ASCII character (combining marks and letters count as
   * word characters, in ways that differ between Java versions) the regex itself is asked.
   */
  private static boolean hasStatistic(String text, char[] chars) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (isDigit(c)) {
        int last = i;
        while (last + 1 < n && isNumberChar(chars[last + 1])) {
          last++;
        }
        if (isDigit(chars[last])) {
          int unit = last + 1 < n && isRegexSpace(chars[last + 1]) ? last + 2 : last + 1;
          int verdict = unitAt(chars, n, unit);
          if (verdict == UNIT || verdict == ASK_REGEX && STATISTIC.matcher(text).useTransparentBounds(true)
              .useAnchoringBounds(false).region(i, n).lookingAt()) {
            return true;
          }
        }
        // The loop goes on after the run; its other digits would end the same way.
        i = last;
      } else if (isCurrency(c)) {
        if (i + 1 < n && isDigit(chars[i + 1])
            || i + 2 < n && isRegexSpace(chars[i + 1]) && isDigit(chars[i + 2])) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@link #unitAt}: no unit starts there. */
  private static final int NO_UNIT = 0;
  /** {@link #unitAt}: a unit starts there. */
  private static final int UNIT = 1;
  /** {@link #unitAt}: whether a unit starts there depends on how the regex reads a non-ASCII character. */
  private static final int ASK_REGEX = 2;

  /** The units of {@link #STATISTIC} that are words, in lower case; each but the last ends with {@code \b}. */
  private static final char[][] WORD_UNITS = {"procent".toCharArray(), "percent".toCharArray(),
      "per cent".toCharArray(), "euro".toCharArray(), "eur".toCharArray(), "dollar".toCharArray()};

  /** Whether a unit of {@link #STATISTIC} starts at {@code at}: {@link #NO_UNIT}, {@link #UNIT}, {@link #ASK_REGEX}. */
  private static int unitAt(char[] chars, int n, int at) {
    if (at >= n) {
      return NO_UNIT;
    }
    if (chars[at] == '%') {
      return UNIT;
    }
    int verdict = NO_UNIT;
    for (int u = 0; u < WORD_UNITS.length; u++) {
      char[] unit = WORD_UNITS[u];
      int end = at + unit.length;
      if (end > n || !foldsTo(chars, at, unit)) {
        continue;
      }
      if (u == WORD_UNITS.length - 1 || end == n) { // the last unit needs no \b
        return UNIT;
      }
      // The unit ends with a letter, so \b holds where no word character follows.
      char next = chars[end];
      if (next >= 128) {
        verdict = ASK_REGEX;
      } else if (!isAsciiRegexWord(next)) {
        return UNIT;
      }
    }
    return verdict;
  }

  /** Whether {@code chars} at {@code at} read {@code lower} (lower-case ASCII) as the regex ignores case. */
  private static boolean foldsTo(char[] chars, int at, char[] lower) {
    for (int k = 0; k < lower.length; k++) {
      char c = chars[at + k];
      int folded = RegexCase.fold(c);
      if (folded != lower[k]) {
        return false;
      }
    }
    return true;
  }

  /** {@code \d} of a regex without {@link Pattern#UNICODE_CHARACTER_CLASS}: an ASCII digit. */
  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code [\d.,]}. */
  private static boolean isNumberChar(char c) {
    return c >= '0' && c <= '9' || c == '.' || c == ',';
  }

  /** {@code \s} of a regex without {@link Pattern#UNICODE_CHARACTER_CLASS}. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  private static boolean isCurrency(char c) {
    return c == '€' || c == '$' || c == '£';
  }

  /** Whether {@code t} holds an attributed quotation; {@code kinds} are its kinds of character. */
  private static boolean isAttributedQuotation(TextBlock t, int kinds) {
    String text = t.text();
    boolean quoted = t.kind() == TextBlock.Kind.QUOTE || (kinds & OPENING_QUOTE) != 0 && hasQuotation(text);
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

  /** The characters that open a quotation in {@link #QUOTED}. */
  private static final String OPENING_QUOTES = "\"“„«";

  /** Where the first character that can open a quotation is; the text's length if there is none. */
  private static int firstOpeningQuote(String text) {
    int first = text.length();
    for (int k = 0; k < OPENING_QUOTES.length(); k++) {
      int at = text.indexOf(OPENING_QUOTES.charAt(k));
      if (at >= 0 && at < first) {
        first = at;
      }
    }
    return first;
  }

  private static boolean isOpeningQuote(char c) {
    return OPENING_QUOTES.indexOf(c) >= 0;
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
    char previous = ' ';
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      // A verb starts with a letter, and \b before it needs a character that is not a word character: no
      // \b lies between two ASCII word characters. Between an ASCII letter and a non-ASCII one (the long s,
      // which the regex folds to s) some JDKs see one, so a non-ASCII start is always asked.
      boolean inAsciiWord = c < 128 && previous < 128 && isAsciiRegexWord(previous);
      previous = c;
      if (inAsciiWord || !startsVerb(text, i)) {
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
  private record Spelling(int place, char[] lower) {

    /**
     * Whether this spelling is written at {@code at}, ignoring case, and not followed by a letter or
     * digit; its first character is known to match.
     */
    boolean isAt(char[] chars, int n, int at) {
      int end = at + lower.length;
      if (end > n) {
        return false;
      }
      for (int k = 1; k < lower.length; k++) {
        if (toLower(chars[at + k]) != lower[k]) {
          return false;
        }
      }
      return end == n || !isLetterOrDigit(toLower(chars[end]));
    }
  }

  // The kinds of a character, as bits, which PlaceSpellings.count notes while it reads a text.
  /** A letter or digit in lower case ({@link Character#isLetterOrDigit(char)} of its lower case). */
  private static final int WORD = 1;
  /** A digit or a currency sign: where a match of {@link #STATISTIC} starts. */
  static final int STATISTIC_START = 2;
  /** A character that opens a quotation of {@link #QUOTED}. */
  static final int OPENING_QUOTE = 4;
  /** A character whose lower case depends on more than the character: see {@link PlaceSpellings#count}. */
  private static final int CONTEXT_CASE = 8;
  /** The lower case of the first character of a place's spelling (this one depends on the site). */
  private static final int SPELLING_START = 16;

  /** The kinds of each ASCII character, but {@link #SPELLING_START}. */
  private static final byte[] ASCII_KINDS = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_KINDS[c] = (byte) ((Character.isLetterOrDigit(c) ? WORD : 0)
          | (isDigit(c) || isCurrency(c) ? STATISTIC_START : 0)
          | (isOpeningQuote(c) ? OPENING_QUOTE : 0));
    }
  }

  /**
   * The places of a site and their spellings in lower case ({@link Locale#ROOT}), also indexed by first
   * character so that a text is read once for all of them.
   */
  static final class PlaceSpellings {
    final List<Place> places;
    final List<List<String>> lower = new ArrayList<>();
    /** The spellings by their first character, for the ASCII ones. */
    private final Spelling[][] byAsciiFirst = new Spelling[128][];
    /** The other first characters, sorted for a binary search; their spellings at the same index. */
    private final char[] otherFirsts;
    private final Spelling[][] byOtherFirst;
    /** {@link #ASCII_KINDS}, with {@link #SPELLING_START} where a spelling starts with the lower case. */
    private final byte[] asciiKinds = ASCII_KINDS.clone();

    PlaceSpellings(List<Place> places) {
      this.places = places;
      // Built once for a site: boxing the keys here costs nothing that matters.
      Map<Character, List<Spelling>> byFirst = new TreeMap<>();
      for (int i = 0; i < places.size(); i++) {
        List<String> spellings = places.get(i).spellings().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        lower.add(spellings);
        for (String s : spellings) {
          if (!s.isEmpty()) {
            byFirst.computeIfAbsent(s.charAt(0), c -> new ArrayList<>()).add(new Spelling(i, s.toCharArray()));
          }
        }
      }
      int others = (int) byFirst.keySet().stream().filter(c -> c >= 128).count();
      otherFirsts = new char[others];
      byOtherFirst = new Spelling[others][];
      int o = 0;
      for (Map.Entry<Character, List<Spelling>> e : byFirst.entrySet()) {
        char first = e.getKey();
        Spelling[] array = e.getValue().toArray(new Spelling[0]);
        if (first < 128) {
          byAsciiFirst[first] = array;
        } else {
          // The tree map gives the keys in order, so the array is sorted.
          otherFirsts[o] = first;
          byOtherFirst[o++] = array;
        }
      }
      for (char c = 0; c < 128; c++) {
        if (byAsciiFirst[ASCII_LOWER[c]] != null) {
          asciiKinds[c] |= SPELLING_START;
        }
      }
    }

    /**
     * Puts the whole-word mentions of each place in {@code text} in {@code counts} (all zero before), by
     * place, as {@link #occurrences} finds them in {@code text.toLowerCase(Locale.ROOT)}, and returns the
     * kinds of character the text holds ({@link #STATISTIC_START}, {@link #OPENING_QUOTE}, ...).
     *
     * <p>The text is read once, lower-casing one character at a time instead of copying the text, and a
     * spelling is looked for only where its first character is written and no letter or digit precedes.
     * That lower case is the text's own except where lower case depends on more than one character
     * ({@link #CONTEXT_CASE}): a surrogate pair, {@code İ} (which becomes two characters) or {@code Σ}
     * (whose lower case depends on its neighbours). Text with one of those is counted again in its
     * lower case, as before; it is rare.
     *
     * @param chars the text's characters (it may be longer), read instead of the text
     */
    int count(String text, char[] chars, int[] counts) {
      int n = text.length();
      int kinds = 0;
      boolean afterWord = false;
      for (int i = 0; i < n; i++) {
        char c = chars[i];
        int k = c < 128 ? asciiKinds[c] : otherKinds(c);
        kinds |= k;
        if ((k & SPELLING_START) != 0 && !afterWord) {
          for (Spelling s : startingWith(toLower(c))) {
            if (s.isAt(chars, n, i)) {
              counts[s.place()]++;
            }
          }
        }
        afterWord = (k & WORD) != 0;
      }
      if ((kinds & CONTEXT_CASE) != 0) {
        Arrays.fill(counts, 0);
        String lowerText = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < places.size(); i++) {
          for (String spelling : lower.get(i)) {
            counts[i] += occurrences(lowerText, spelling);
          }
        }
      }
      return kinds;
    }

    /** The kinds of a character outside ASCII. */
    private int otherKinds(char c) {
      if (c == '\u0130' || c == '\u03a3' || Character.isSurrogate(c)) {
        // The text is counted again, so nothing else about the character matters.
        return CONTEXT_CASE;
      }
      char lc = Character.toLowerCase(c);
      return (Character.isLetterOrDigit(lc) ? WORD : 0)
          | (isCurrency(c) ? STATISTIC_START : 0)
          | (isOpeningQuote(c) ? OPENING_QUOTE : 0)
          | (startingWith(lc) != null ? SPELLING_START : 0);
    }

    /** The spellings that start with {@code lc}, or null. */
    private Spelling[] startingWith(char lc) {
      if (lc < 128) {
        return byAsciiFirst[lc];
      }
      if (otherFirsts.length == 0) {
        return null;
      }
      int at = Arrays.binarySearch(otherFirsts, lc);
      return at >= 0 ? byOtherFirst[at] : null;
    }
  }

  /** {@link Character#toLowerCase(char)}, from a table for ASCII. */
  private static char toLower(char c) {
    return c < 128 ? ASCII_LOWER[c] : Character.toLowerCase(c);
  }

  /** {@code \w} of a regex without {@link Pattern#UNICODE_CHARACTER_CLASS}, for an ASCII {@code c}. */
  private static boolean isAsciiRegexWord(char c) {
    return ASCII_WORD[c] || c == '_';
  }

  /** {@link Character#isLetterOrDigit(char)}, from a table for ASCII. */
  private static boolean isLetterOrDigit(char c) {
    return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
  }

  /** {@link Character#toLowerCase(char)} of each ASCII character. */
  private static final char[] ASCII_LOWER = new char[128];
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

    /**
     * Counts the mentions in {@code text} and returns the kinds of character it holds; {@link #chars}
     * then holds its characters, until the next call.
     */
    int count(String text) {
      if (chars.length < text.length()) {
        chars = new char[Math.max(text.length(), chars.length * 2)];
      }
      text.getChars(0, text.length(), chars, 0);
      int kinds = spellings.count(text, chars, counts);
      // Places in the site's order, as each text adds them.
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] > 0) {
          mentions += counts[i];
          mentioned.add(spellings.places.get(i).name());
          counts[i] = 0;
        }
      }
      return kinds;
    }

    /** The characters of the text last counted (the array may be longer). */
    char[] chars() {
      return chars;
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
