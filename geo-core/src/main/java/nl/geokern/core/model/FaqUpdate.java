package nl.geokern.core.model;

import java.util.List;

/**
 * The weekly FAQ update of a calendar week.
 *
 * @param topics what the update covers
 * @param questionIds the FAQ items added or updated that week
 */
public record FaqUpdate(List<String> topics, List<String> questionIds) {

  /** An update with nothing in it. */
  public static final FaqUpdate NONE = new FaqUpdate(List.of(), List.of());

  /** Copies the lists. */
  public FaqUpdate {
    topics = List.copyOf(topics);
    questionIds = List.copyOf(questionIds);
  }
}
