package nl.geokern.core.answer;

import java.util.List;

/**
 * Shares of questions whose intended page is found, for a report's chart.
 *
 * @param questions how many questions were asked
 * @param withIntendedPage how many of them name a page meant to answer them (the shares' base)
 * @param atRankOne how many are answered best by an intended page
 * @param inTop how many have an intended page among the {@link Answerability#TOP} best passages
 */
public record AnswerabilitySummary(int questions, int withIntendedPage, int atRankOne, int inTop) {

  /** Rejects counts that do not fit together. */
  public AnswerabilitySummary {
    if (questions < withIntendedPage || withIntendedPage < inTop || inTop < atRankOne || atRankOne < 0) {
      throw new IllegalArgumentException("counts do not fit: " + questions + " questions, " + withIntendedPage
          + " with an intended page, " + inTop + " in the top, " + atRankOne + " at rank 1");
    }
  }

  /** The counts of {@code results} (e.g. all of a run's, or one persona's). */
  public static AnswerabilitySummary of(List<QuestionResult> results) {
    int with = 0;
    int one = 0;
    int top = 0;
    for (QuestionResult r : results) {
      if (r.hasIntendedPage()) {
        with++;
        one += r.atRankOne() ? 1 : 0;
        top += r.inTop() ? 1 : 0;
      }
    }
    return new AnswerabilitySummary(results.size(), with, one, top);
  }

  /** The share (0 to 1) answered at rank 1; 0 when no question has an intended page. */
  public double rankOneShare() {
    return withIntendedPage == 0 ? 0 : (double) atRankOne / withIntendedPage;
  }

  /** The share (0 to 1) answered within the top; 0 when no question has an intended page. */
  public double topShare() {
    return withIntendedPage == 0 ? 0 : (double) inTop / withIntendedPage;
  }
}
