package nl.geokern.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.validate.ContentValidation;
import nl.geokern.core.validate.ValidationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A calendar may plan posts that are not written yet; only a due week without its post is reported. */
class PlannedWeekTest {

  @TempDir Path dir;

  private List<String> coverageFindings(String weekDate) throws IOException {
    Path content = ContentLoaderTestSupport.validContent(dir);
    Files.writeString(content.resolve("calendar.yaml"), ContentLoaderTest.CALENDAR + """
          - week: 2
            date: %s
            post: post-twee
            faqUpdate:
              questions: [f1]
        """.formatted(weekDate));
    LoadResult loaded = ContentLoader.load(content);
    assertEquals(List.of(), loaded.findings(), "a planned post is not a load error");
    return ContentValidation.run(new ValidationRequest(LoadOptions.defaults(content), Optional.empty(),
            LocalDate.of(2026, 11, 27), Severity.ERROR, "t", "t", Instant.EPOCH))
        .findings().stream()
        .filter(f -> f.ruleId().equals("coverage.calendar"))
        .map(Finding::toConsoleLine)
        .toList();
  }

  @Test
  void plannedWeekInTheFuture_isNotReported() throws IOException {
    assertEquals(List.of(), coverageFindings("2027-01-04"));
  }

  @Test
  void dueWeekWithoutItsPost_isReported() throws IOException {
    assertEquals(List.of("content/calendar.yaml:7:5: error [coverage.calendar] week 2 (2026-01-12) is due but its"
        + " post 'post-twee' does not exist. Fix: write the post with slug post-twee, or correct the week's post slug"
        + " in the calendar"), coverageFindings("2026-01-12"));
  }
}
