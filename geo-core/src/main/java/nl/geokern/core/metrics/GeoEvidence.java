package nl.geokern.core.metrics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import nl.geokern.core.analysis.BlockAnalysis;
import nl.geokern.core.analysis.PostAnalysis;
import nl.geokern.core.model.Heading;
import nl.geokern.core.model.TextBlock;

/**
 * The evidence in a post that generative answer engines tend to quote, counted, with a 0–100
 * heuristic score. Reported, not enforced: the score is a heuristic with a published basis
 * ({@link #BASIS}), not a measurement of visibility.
 *
 * <p>What is counted:
 * <ul>
 *   <li><b>sourced statistics</b>: text blocks with a statistic (a percentage such as {@code 17,8%} or
 *       {@code 12 procent}, or an amount such as {@code €1.250}, {@code 400 euro} or {@code $40}) and a
 *       link in the same block; statistic blocks without a link are counted as unsourced;
 *   <li><b>attributed quotations</b>: blocks (block quotes or text with quotation marks around at
 *       least three words) that attribute the words to someone with a verb such as <i>zegt</i>,
 *       <i>schrijft</i>, <i>volgens</i>, <i>says</i>, <i>according to</i>, or with a dash line
 *       ({@code — Name});
 *   <li><b>outbound citations</b>: distinct external link targets outside the site's own host;
 *   <li><b>answer-first question headings</b>: H2–H6 headings that end with {@code ?} and are followed
 *       directly by a paragraph whose first sentence has at most 30 words;
 *   <li><b>place mentions</b>: whole-word occurrences (ignoring case and accents) of the site's place
 *       names and aliases in the title, headings and text.
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

  /** Rejects nulls and copies the list. */
  public GeoEvidence {
    placesMentioned = List.copyOf(placesMentioned);
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("score must be 0-100: " + score);
    }
  }

  /** Counts the evidence in an analysed post; keyword stuffing is not known here and counts as absent. */
  public static GeoEvidence of(PostAnalysis post) {
    int sourced = 0;
    int unsourced = 0;
    int quotations = 0;
    int questionHeadings = 0;
    int answerFirst = 0;
    List<String> mentions = new ArrayList<>(post.titlePlaces());
    List<BlockAnalysis> blocks = post.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      BlockAnalysis b = blocks.get(i);
      mentions.addAll(b.places());
      if (b.block() instanceof Heading h) {
        if (h.level() >= 2 && h.text().strip().endsWith("?")) {
          questionHeadings++;
          if (i + 1 < blocks.size() && answersFirst(blocks.get(i + 1))) {
            answerFirst++;
          }
        }
      } else if (b.block() instanceof TextBlock t) {
        if (!b.statistics().isEmpty()) {
          if (t.links().isEmpty()) {
            unsourced++;
          } else {
            sourced++;
          }
        }
        quotations += b.attributedQuotation() ? 1 : 0;
      }
    }
    return create(sourced, unsourced, quotations, post.citations().size(), questionHeadings, answerFirst,
        mentions.size(), new ArrayList<>(new LinkedHashSet<>(mentions)), false);
  }

  /** Whether a block is a paragraph whose first sentence is short enough to be a direct answer. */
  private static boolean answersFirst(BlockAnalysis b) {
    return b.block() instanceof TextBlock t && t.kind() == TextBlock.Kind.PARAGRAPH && b.isRunningText()
        && b.sentenceWords().get(0) <= ANSWER_FIRST_MAX_WORDS;
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
}
