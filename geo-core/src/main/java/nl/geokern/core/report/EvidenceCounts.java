package nl.geokern.core.report;

/**
 * The counts behind a post's GEO evidence score: the signals that answer engines are said to
 * reward.
 *
 * @param sourcedStatistics statistics (a percentage, an amount) with a source link near them
 * @param quotations quotations from a named person or source
 * @param citations links to outside sources
 * @param answerFirstQuestionHeadings question headings whose first paragraph answers the question
 * @param placeMentions mentions of configured places
 */
public record EvidenceCounts(
    int sourcedStatistics,
    int quotations,
    int citations,
    int answerFirstQuestionHeadings,
    int placeMentions) {

  /** Rejects negative counts. */
  public EvidenceCounts {
    if (sourcedStatistics < 0 || quotations < 0 || citations < 0 || answerFirstQuestionHeadings < 0
        || placeMentions < 0) {
      throw new IllegalArgumentException("evidence counts must be >= 0");
    }
  }
}
