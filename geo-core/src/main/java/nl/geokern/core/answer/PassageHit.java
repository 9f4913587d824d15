package nl.geokern.core.answer;

import java.util.Objects;

/**
 * One passage retrieved for a question.
 *
 * @param passage the passage
 * @param rank its place in the results, 1 for the best
 * @param score its BM25 score (only comparable within one question's results)
 * @param answersFirst whether its first sentence is a direct answer (1 to 30 words, the
 *     {@code faq.answer-first} test)
 * @param standsAlone whether it can be quoted on its own: it does not open with a pronoun or with
 *     "zoals hierboven", "as mentioned above" and the like
 */
public record PassageHit(Passage passage, int rank, double score, boolean answersFirst, boolean standsAlone) {

  /** Rejects nulls and ranks below 1. */
  public PassageHit {
    Objects.requireNonNull(passage, "passage");
    if (rank < 1) {
      throw new IllegalArgumentException("rank must be 1 or more, found " + rank);
    }
  }
}
