package nl.geokern.core.answer;

/**
 * How deep answerability looks and when two pages compete.
 *
 * @param depth how many passages are retrieved per question; an intended page below them has no rank
 * @param cannibalisationMargin how close (a fraction of the best score) the second passage from
 *     another page must come for the two pages to compete: 0.10 means within 10 %
 * @param maxPassageWords the size at which a section is split into more passages
 */
public record AnswerabilityOptions(int depth, double cannibalisationMargin, int maxPassageWords) {

  /** 10 passages, a 10 % margin, passages of about 300 words. */
  public static final AnswerabilityOptions DEFAULT = new AnswerabilityOptions(10, 0.10, ModelPassages.MAX_WORDS);

  /** Rejects a depth below the top, a margin outside 0–1 and passages under one word. */
  public AnswerabilityOptions {
    if (depth < Answerability.TOP) {
      throw new IllegalArgumentException("depth must be " + Answerability.TOP + " or more, found " + depth);
    }
    if (!(cannibalisationMargin >= 0 && cannibalisationMargin < 1)) {
      throw new IllegalArgumentException("cannibalisationMargin must be from 0 to below 1, found "
          + cannibalisationMargin);
    }
    if (maxPassageWords < 1) {
      throw new IllegalArgumentException("maxPassageWords must be 1 or more, found " + maxPassageWords);
    }
  }
}
