package nl.geokern.core.metrics;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.geokern.core.model.Block;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.Heading;
import nl.geokern.core.model.Link;
import nl.geokern.core.model.Place;
import nl.geokern.core.model.Site;
import nl.geokern.core.model.TextBlock;
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
  private static final Pattern ATTRIBUTION = Pattern.compile(
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
    String ownHost = host(site.url());
    PlaceCounter places = new PlaceCounter(site.places());
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
        if (l.isExternal() && !ownHost.equals(host(l.destination()))) {
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
    List<String> sentences = Sentences.split(text);
    return !sentences.isEmpty() && Words.count(sentences.get(0)) <= ANSWER_FIRST_MAX_WORDS;
  }

  /** Whether {@link #STATISTIC} occurs in {@code text}. */
  static boolean hasStatistic(String text) {
    // Every match starts with an ASCII digit or a currency sign: text without one needs no regex.
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' || c == '€' || c == '$' || c == '£') {
        return STATISTIC.matcher(text).find(i);
      }
    }
    return false;
  }

  private static boolean isAttributedQuotation(TextBlock t) {
    boolean quoted = t.kind() == TextBlock.Kind.QUOTE;
    // Every quotation starts with an opening quote mark: text without one needs no regex.
    if (!quoted && hasOpeningQuote(t.text())) {
      var m = QUOTED.matcher(t.text());
      while (m.find() && !quoted) {
        quoted = Words.count(m.group(1)) >= 3;
      }
    }
    return quoted && ATTRIBUTION.matcher(t.text()).find();
  }

  /** Whether {@code text} has a character that can open a {@link #QUOTED} quotation. */
  static boolean hasOpeningQuote(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '“' || c == '„' || c == '«') {
        return true;
      }
    }
    return false;
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

  /** Counts whole-word mentions of place names and aliases, ignoring case. */
  private static final class PlaceCounter {
    private final List<Place> places;
    private final List<List<String>> lowerSpellings = new ArrayList<>();
    int mentions;
    final Set<String> mentioned = new LinkedHashSet<>();

    PlaceCounter(List<Place> places) {
      this.places = places;
      for (Place p : places) {
        lowerSpellings.add(p.spellings().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
      }
    }

    void count(String text) {
      String lower = text.toLowerCase(Locale.ROOT);
      for (int i = 0; i < places.size(); i++) {
        for (String spelling : lowerSpellings.get(i)) {
          int n = occurrences(lower, spelling);
          if (n > 0) {
            mentions += n;
            mentioned.add(places.get(i).name());
          }
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
