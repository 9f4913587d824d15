package nl.geokern.core.load.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Fields#plainDate} reads a date exactly where {@link LocalDate#parse} does, and no other text. */
class FieldsDateTest {

  @Test
  void plainDate_isLocalDateParse_whereItAnswers() {
    List<String> texts = new ArrayList<>(List.of(
        "2026-01-05", "2026-12-31", "0000-01-01", "9999-12-31", "2024-02-29", "2000-02-29",
        // not a day, or not written yyyy-mm-dd in ASCII digits: left to LocalDate.parse, which refuses them
        "2023-02-29", "1900-02-29", "2026-02-30", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00",
        "2026-01-32", "2026-1-05", "2026-01-5", "26-01-05", "2026/01/05", "2026-01-05 ", " 2026-01-5",
        "20260-01-0", "+2026-01-0", "-2026-01-0", "2026-0a-05", "\u0662\u0660\u0662\u0666-01-05",
        "\uff12\uff10\uff12\uff16-01-05", "", "x", "2026-01-0\u0665"));
    // Every day of a leap year and of a year before it, and every month's day 0 to 32.
    for (int year : List.of(2023, 2024)) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          texts.add(String.format("%04d-%02d-%02d", year, month, day));
        }
      }
    }
    for (String text : texts) {
      Optional<LocalDate> parsed;
      try {
        parsed = Optional.of(LocalDate.parse(text));
      } catch (DateTimeParseException e) {
        parsed = Optional.empty();
      }
      Optional<LocalDate> plain = Fields.plainDate(text);
      if (plain.isPresent()) {
        assertEquals(parsed, plain, text);
      } else {
        // Only text that LocalDate.parse refuses, or that is not in the plain form, is left to it.
        assertTrue(parsed.isEmpty() || !text.matches("\\d{4}-\\d{2}-\\d{2}"), text);
      }
    }
    assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), Fields.plainDate("2024-02-29"));
    assertEquals(Optional.empty(), Fields.plainDate("2023-02-29"));
  }
}
