package nl.geokern.core.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One week of the content calendar as it stands: is its post there, its FAQ update, is it done.
 *
 * @param week the 1-based week number
 * @param date the day the week's post goes out
 * @param postSlug the slug the calendar plans for the week
 * @param postTitle the post's title when the post exists; empty otherwise
 * @param postPresent whether the planned post exists
 * @param faqUpdatePresent whether the week's FAQ update exists
 * @param complete whether the week counts as complete
 * @param future whether the week lies after the report's reference date
 * @param findings how many findings concern the week's post
 */
public record WeekState(
    int week,
    LocalDate date,
    String postSlug,
    String postTitle,
    boolean postPresent,
    boolean faqUpdatePresent,
    boolean complete,
    boolean future,
    int findings) {

  /** Rejects nulls, a week below 1 and a negative findings count. */
  public WeekState {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(postSlug, "postSlug");
    Objects.requireNonNull(postTitle, "postTitle");
    if (week < 1) {
      throw new IllegalArgumentException("week must be >= 1: " + week);
    }
    if (findings < 0) {
      throw new IllegalArgumentException("findings must be >= 0: " + findings);
    }
  }

  /**
   * The week's state: complete wins, then future (a future week is not late yet), then what is
   * missing.
   */
  public WeekStatus status() {
    if (complete) {
      return WeekStatus.COMPLETE;
    }
    if (future) {
      return WeekStatus.FUTURE;
    }
    if (!postPresent && !faqUpdatePresent) {
      return WeekStatus.MISSING_BOTH;
    }
    if (!postPresent) {
      return WeekStatus.MISSING_POST;
    }
    return faqUpdatePresent ? WeekStatus.INCOMPLETE : WeekStatus.MISSING_FAQ_UPDATE;
  }
}
