package nl.geokern.maven;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import org.apache.maven.archiver.MavenArchiver;

/**
 * The time a build's reports carry and the date that counts as today for its content calendar,
 * taken from the project so that two builds of one commit write the same reports.
 *
 * <p>{@code geo.referenceDate} sets the date; {@code project.build.outputTimestamp} (read as
 * maven-jar-plugin reads it) sets the timestamp and, without a reference date, the date (in UTC).
 * With a reference date alone, the timestamp is its start (UTC). Only when the project sets
 * neither do both come from the build's start time, and {@link #reproducible()} says so.
 *
 * @param generatedAt the timestamp written into the reports
 * @param referenceDate the date that counts as today
 * @param reproducible whether both come from the project rather than from the build's start time
 */
record BuildTime(Instant generatedAt, LocalDate referenceDate, boolean reproducible) {

  /**
   * The build time of a project.
   *
   * @param referenceDate the {@code geo.referenceDate} parameter ({@code yyyy-MM-dd}), or null or blank
   * @param outputTimestamp {@code project.build.outputTimestamp}, or null or blank
   * @param buildStart when the build started (Maven's session start)
   * @throws IllegalArgumentException when either value cannot be read; the message says which and why
   */
  static BuildTime of(String referenceDate, String outputTimestamp, Date buildStart) {
    Optional<LocalDate> date = date(referenceDate);
    Optional<Instant> timestamp = timestamp(outputTimestamp);
    Instant start = buildStart.toInstant();
    Instant generatedAt = timestamp.orElseGet(
        () -> date.map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant()).orElse(start));
    LocalDate today = date.orElseGet(() -> timestamp.map(t -> LocalDate.ofInstant(t, ZoneOffset.UTC))
        .orElse(LocalDate.ofInstant(start, ZoneId.systemDefault())));
    return new BuildTime(generatedAt, today, date.isPresent() || timestamp.isPresent());
  }

  private static Optional<LocalDate> date(String referenceDate) {
    if (referenceDate == null || referenceDate.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(referenceDate.strip()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("invalid geo.referenceDate '" + referenceDate
          + "': expected a date as yyyy-MM-dd, such as 2026-11-27", e);
    }
  }

  private static Optional<Instant> timestamp(String outputTimestamp) {
    if (outputTimestamp == null || outputTimestamp.isBlank()) {
      return Optional.empty();
    }
    try {
      return MavenArchiver.parseBuildOutputTimestamp(outputTimestamp.strip());
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new IllegalArgumentException("invalid project.build.outputTimestamp '" + outputTimestamp
          + "': expected an ISO-8601 time such as 2026-11-27T00:00:00Z or seconds since 1970 ("
          + e.getMessage() + ")", e);
    }
  }
}
