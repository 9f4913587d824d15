package nl.geokern.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.junit.jupiter.api.Test;

class BuildTimeTest {

  private static final Date START = Date.from(Instant.parse("2026-12-07T10:15:30Z"));

  @Test
  void of_outputTimestamp_isTheTimeAndItsDateIsToday() {
    BuildTime time = BuildTime.of(null, "2026-11-27T23:30:00+01:00", START);
    assertEquals(Instant.parse("2026-11-27T22:30:00Z"), time.generatedAt());
    assertEquals(LocalDate.of(2026, 11, 27), time.referenceDate());
    assertTrue(time.reproducible());
  }

  @Test
  void of_outputTimestampInSeconds_isReadAsMavenArchiverReadsIt() {
    BuildTime time = BuildTime.of("", "1764201600", START);
    assertEquals(Instant.ofEpochSecond(1764201600), time.generatedAt());
  }

  @Test
  void of_referenceDate_isTodayAndTheTimeIsTheOutputTimestampWhenSet() {
    BuildTime time = BuildTime.of("2026-01-20", "2026-11-27T00:00:00Z", START);
    assertEquals(Instant.parse("2026-11-27T00:00:00Z"), time.generatedAt());
    assertEquals(LocalDate.of(2026, 1, 20), time.referenceDate());
  }

  @Test
  void of_referenceDateAlone_isAlsoTheTimeAtItsStart() {
    BuildTime time = BuildTime.of(" 2026-01-20 ", null, START);
    assertEquals(Instant.parse("2026-01-20T00:00:00Z"), time.generatedAt());
    assertEquals(LocalDate.of(2026, 1, 20), time.referenceDate());
    assertTrue(time.reproducible());
  }

  @Test
  void of_neither_takesTheBuildStartAndSaysItIsNotReproducible() {
    BuildTime time = BuildTime.of(null, null, START);
    assertEquals(START.toInstant(), time.generatedAt());
    assertEquals(LocalDate.ofInstant(START.toInstant(), ZoneId.systemDefault()), time.referenceDate());
    assertFalse(time.reproducible());
  }

  @Test
  void of_badValues_sayWhichAndWhatIsExpected() {
    IllegalArgumentException date = assertThrows(IllegalArgumentException.class,
        () -> BuildTime.of("20-01-2026", null, START));
    assertTrue(date.getMessage().startsWith("invalid geo.referenceDate '20-01-2026': expected a date as yyyy-MM-dd"),
        date.getMessage());
    IllegalArgumentException stamp = assertThrows(IllegalArgumentException.class,
        () -> BuildTime.of(null, "yesterday", START));
    assertTrue(stamp.getMessage().startsWith("invalid project.build.outputTimestamp 'yesterday': expected an ISO-8601"),
        stamp.getMessage());
  }
}
