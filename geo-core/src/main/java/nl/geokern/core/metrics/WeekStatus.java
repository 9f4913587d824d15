package nl.geokern.core.metrics;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The state of one calendar week: is its post there, is its FAQ update there and valid.
 *
 * @param week the week number
 * @param date the day the week's post goes out
 * @param postSlug the slug of the week's post
 * @param postPresent whether a post with that slug exists
 * @param faqUpdatePresent whether the week names at least one FAQ item
 * @param faqUpdateValid whether the week names at least one FAQ item and every one exists
 * @param missingFaqItems FAQ item ids the week names that do not exist
 * @param future whether the week's date is after the reference date
 * @param complete whether the post is present and the FAQ update present and valid
 * @param findings the number of findings in the week's post file (0 when the post is missing)
 */
public record WeekStatus(
    int week,
    LocalDate date,
    String postSlug,
    boolean postPresent,
    boolean faqUpdatePresent,
    boolean faqUpdateValid,
    List<String> missingFaqItems,
    boolean future,
    boolean complete,
    int findings) {

  /** Rejects nulls and copies the list. */
  public WeekStatus {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(postSlug, "postSlug");
    missingFaqItems = List.copyOf(missingFaqItems);
  }
}
