package nl.geokern.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.model.SourceSpan;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

  @Test
  void constructor_sortsFindingsByShownPathAndCopiesLists() {
    Path base = ReportFixture.BASE;
    List<Finding> findings = new ArrayList<>(List.of(
        Finding.info("r", SourceSpan.of(Path.of("b.md"), 1, 1), "m", ""),
        Finding.info("r", SourceSpan.of(base.resolve("a.md"), 9, 1), "m", "")));
    ValidationReport report = ValidationReport.builder()
        .generatedAt(Instant.EPOCH).basePath(base).findings(findings).build();
    findings.clear();
    assertEquals(2, report.findings().size());
    assertEquals("a.md", report.shownPath(report.findings().get(0).span().path()));
    assertEquals("b.md", report.shownPath(report.findings().get(1).span().path()));
    assertThrows(UnsupportedOperationException.class, () -> report.findings().clear());
  }

  @Test
  void passed_dependsOnFailOnThreshold() {
    ValidationReport.Builder builder = ValidationReport.builder()
        .generatedAt(Instant.EPOCH)
        .findings(List.of(Finding.warning("r", SourceSpan.UNKNOWN, "m", "")));
    assertTrue(builder.build().passed());
    assertFalse(builder.failOn(Severity.WARNING).build().passed());
  }

  @Test
  void builder_countsSummaryFromParts() {
    Summary s = ReportFixture.report().summary();
    assertEquals(new Summary(2, 2, 1, 2, 23, 3, 4, 1, 4), s);
  }

  @Test
  void summary_rejectsAnsweredAboveTotal() {
    assertThrows(IllegalArgumentException.class, () -> new Summary(0, 0, 0, 0, 0, 5, 4, 0, 0));
  }

  @Test
  void status_completeWinsThenFutureThenWhatIsMissing() {
    LocalDate d = LocalDate.of(2026, 1, 5);
    assertEquals(WeekStatus.COMPLETE, new WeekState(1, d, "s", "", true, true, true, true, 0).status());
    assertEquals(WeekStatus.FUTURE, new WeekState(1, d, "s", "", false, false, false, true, 0).status());
    assertEquals(WeekStatus.MISSING_BOTH,
        new WeekState(1, d, "s", "", false, false, false, false, 0).status());
    assertEquals(WeekStatus.MISSING_POST,
        new WeekState(1, d, "s", "", false, true, false, false, 0).status());
    assertEquals(WeekStatus.MISSING_FAQ_UPDATE,
        new WeekState(1, d, "s", "", true, false, false, false, 0).status());
    assertEquals(WeekStatus.INCOMPLETE,
        new WeekState(1, d, "s", "", true, true, false, false, 2).status());
  }

  @Test
  void postScore_rejectsOutOfRangeValues() {
    EvidenceCounts none = new EvidenceCounts(0, 0, 0, 0, 0);
    assertThrows(IllegalArgumentException.class,
        () -> new PostScore("s", "t", Path.of("p"), 1, Double.NaN, "", 0, 0, none));
    assertThrows(IllegalArgumentException.class,
        () -> new PostScore("s", "t", Path.of("p"), 1, 50, "", 0, 101, none));
  }
}
