package nl.geokern.core.load.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Fields#localDate} reads a date exactly as {@code LocalDate.parse} does, errors included. */
class FieldsDateTest {

  private static Optional<LocalDate> parse(String t) {
    try {
      return Optional.of(LocalDate.parse(t));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> fast(String t) {
    try {
      return Optional.of(Fields.localDate(t));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  @Test
  void localDate_edgeCases_asLocalDateParse() {
    for (String t : List.of("2026-01-05", "2024-02-29", "2023-02-29", "2100-02-29", "2000-02-29", "0000-01-01",
        "9999-12-31", "2026-00-10", "2026-13-01", "2026-04-31", "2026-04-00", "2026-1-05", "2026/01/05", "20260105",
        "+2026-01-05", "٢٠٢٦-٠١-٠٥", "2026-01-05x", "2026-01-0", "", "abcd-ef-gh", "2026-01-32", "1999-12-31")) {
      assertEquals(parse(t), fast(t), t);
    }
  }

  @Test
  void localDate_anyShortText_asLocalDateParse() {
    List<String> pieces = List.of("0", "1", "2", "3", "9", "-", "+", "x", "٣");
    qt().withExamples(3000).forAll(lists().of(arbitrary().pick(pieces)).ofSizeBetween(8, 11))
        .checkAssert(list -> {
          String t = String.join("", list);
          assertEquals(parse(t), fast(t), t);
        });
  }
}
