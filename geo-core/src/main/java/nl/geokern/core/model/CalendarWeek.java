package nl.geokern.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One week of the content calendar: one post and one FAQ update.
 *
 * @param week the week number (1-based, unique)
 * @param date the day the week's post goes out
 * @param postSlug the slug of the week's post
 * @param intent the intended search intent, if given
 * @param clusters cluster ids the week targets
 * @param faqUpdate the week's FAQ update
 * @param span where the week is defined
 */
public record CalendarWeek(
    int week,
    LocalDate date,
    String postSlug,
    Optional<SearchIntent> intent,
    List<String> clusters,
    FaqUpdate faqUpdate,
    SourceSpan span) {

  /** Rejects nulls and copies the lists. */
  public CalendarWeek {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(postSlug, "postSlug");
    Objects.requireNonNull(intent, "intent");
    clusters = List.copyOf(clusters);
    Objects.requireNonNull(faqUpdate, "faqUpdate");
    Objects.requireNonNull(span, "span");
  }
}
