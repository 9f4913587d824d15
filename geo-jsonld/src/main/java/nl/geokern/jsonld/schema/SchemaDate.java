package nl.geokern.jsonld.schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A publication or modification date for schema.org: either a calendar date or a date-time that
 * carries its UTC offset, never a local time without a zone.
 *
 * <p>How it is written:
 *
 * <ul>
 *   <li>{@link #of(OffsetDateTime)} and {@link #of(ZonedDateTime)}: an ISO 8601 date-time with
 *       offset, whole seconds, e.g. {@code 2026-01-05T09:30:00+01:00} ({@code Z} for UTC).
 *       Fractional seconds are dropped: no consumer needs them and they make output noisy.
 *   <li>{@link #of(LocalDate)}: the plain date {@code 2026-01-05}, which schema.org's {@code Date}
 *       allows. Use it when no time is known; a made-up time would claim more than the writer knows.
 *   <li>{@link #startOfDay(LocalDate, ZoneId)}: midnight of that date in that zone, e.g. {@code
 *       2026-01-05T00:00:00+01:00} in Europe/Amsterdam, for callers that want every date to carry a
 *       time zone (Google otherwise assumes Googlebot's).
 * </ul>
 *
 * <p>There is deliberately no factory for {@code LocalDateTime}: a time without a zone is ambiguous.
 */
public final class SchemaDate {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  private final LocalDate date;
  private final OffsetDateTime dateTime; // null for a plain date

  private SchemaDate(LocalDate date, OffsetDateTime dateTime) {
    this.date = date;
    this.dateTime = dateTime;
  }

  /** Creates a plain calendar date, written as {@code 2026-01-05}. */
  public static SchemaDate of(LocalDate date) {
    return new SchemaDate(Objects.requireNonNull(date, "date"), null);
  }

  /** Creates a date-time with its offset, written as {@code 2026-01-05T09:30:00+01:00}. */
  public static SchemaDate of(OffsetDateTime dateTime) {
    Objects.requireNonNull(dateTime, "dateTime");
    OffsetDateTime seconds = dateTime.truncatedTo(ChronoUnit.SECONDS);
    return new SchemaDate(seconds.toLocalDate(), seconds);
  }

  /** Creates a date-time from a zoned time, written with the offset in force at that instant. */
  public static SchemaDate of(ZonedDateTime dateTime) {
    return of(Objects.requireNonNull(dateTime, "dateTime").toOffsetDateTime());
  }

  /** Creates the first moment of {@code date} in {@code zone}, e.g. {@code 2026-01-05T00:00:00+01:00}. */
  public static SchemaDate startOfDay(LocalDate date, ZoneId zone) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(zone, "zone");
    return of(date.atStartOfDay(zone));
  }

  /** The calendar date, in the date-time's own offset when there is a time. */
  public LocalDate date() {
    return date;
  }

  /** The date-time with offset, or empty for a plain date. */
  public Optional<OffsetDateTime> dateTime() {
    return Optional.ofNullable(dateTime);
  }

  /**
   * Tells whether this date lies strictly before {@code other}: by instant when both have a time,
   * otherwise by calendar date.
   */
  public boolean isBefore(SchemaDate other) {
    Objects.requireNonNull(other, "other");
    if (dateTime != null && other.dateTime != null) {
      return dateTime.toInstant().isBefore(other.dateTime.toInstant());
    }
    return date.isBefore(other.date);
  }

  /** Rejects a modification date before the publication date; {@code type} names the node in the message. */
  static void checkOrder(Optional<SchemaDate> published, Optional<SchemaDate> modified, String type) {
    Objects.requireNonNull(published, "datePublished");
    Objects.requireNonNull(modified, "dateModified");
    if (published.isPresent() && modified.isPresent() && modified.get().isBefore(published.get())) {
      throw new IllegalArgumentException(type + " dateModified " + modified.get()
          + " is before datePublished " + published.get()
          + "; expected the last change on or after first publication");
    }
  }

  /** Returns the ISO 8601 text that goes into the JSON-LD. */
  @Override
  public String toString() {
    return dateTime == null ? date.toString() : DATE_TIME.format(dateTime);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SchemaDate d && date.equals(d.date) && Objects.equals(dateTime, d.dateTime);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, dateTime);
  }
}
