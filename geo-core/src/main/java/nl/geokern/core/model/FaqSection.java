package nl.geokern.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A post's FAQ section: the heading that opens it and the question/answer pairs under it.
 *
 * @param heading the section heading (e.g. "Veelgestelde vragen")
 * @param pairs the questions and answers, in order
 * @param lastInBody whether nothing but the section follows it in the post
 */
public record FaqSection(Heading heading, List<FaqPair> pairs, boolean lastInBody) {

  /** Rejects nulls and copies the pairs. */
  public FaqSection {
    Objects.requireNonNull(heading, "heading");
    pairs = List.copyOf(pairs);
  }
}
