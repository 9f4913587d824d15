package nl.geokern.core.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A date from content: an ISO 8601 date, or a date-time with an offset.
 *
 * @param date the calendar date
 * @param dateTime the full date-time, when one was given (always with an offset)
 */
public record ContentDate(LocalDate date, Optional<OffsetDateTime> dateTime) {

  /** Rejects nulls and a date-time whose date differs from {@code date}. */
  public ContentDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(dateTime, "dateTime");
    if (dateTime.isPresent() && !dateTime.get().toLocalDate().equals(date)) {
      throw new IllegalArgumentException("date " + date + " does not match " + dateTime.get());
    }
  }

  /** A plain date. */
  public static ContentDate of(LocalDate date) {
    return new ContentDate(date, Optional.empty());
  }

  /** A date-time with an offset. */
  public static ContentDate of(OffsetDateTime dateTime) {
    return new ContentDate(dateTime.toLocalDate(), Optional.of(dateTime));
  }

  /** ISO 8601 text: {@code 2026-01-05} or {@code 2026-01-05T09:00:00+01:00}. */
  @Override
  public String toString() {
    return dateTime.map(OffsetDateTime::toString).orElse(date.toString());
  }
}
