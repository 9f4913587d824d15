package nl.geokern.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.model.SourceSpan;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {

  @Test
  void lines_sortedRelativeFindingsThenSummary() {
    List<String> lines = ConsoleReport.lines(ReportFixture.report());
    assertEquals(6, lines.size());
    assertEquals("content/blog/ai-mkb-snelle-wins.md:1:1: warning [post.length] The body has 812"
        + " words; a post needs 1000–1800. Fix: Add a section that answers one of the persona"
        + " questions.", lines.get(0));
    assertEquals("content/faq.yaml:40: info [faq.local-terms] Question 'in-company' could name a"
        + " place (Café-terrasvergaderingen in Den Haag?). Fix: Mention Amsterdam or the Randstad"
        + " where it fits.", lines.get(4));
    assertEquals("geo: 2 errors, 2 warnings, 1 info in 2 posts and 23 FAQ items; persona questions"
        + " answered 3/4; calendar weeks complete 1/4", lines.get(5));
  }

  @Test
  void summaryLine_singularAndUnknownPath() {
    ValidationReport report = ValidationReport.builder()
        .toolVersion("1")
        .projectName("p")
        .generatedAt(Instant.EPOCH)
        .findings(List.of(Finding.error("site.url", SourceSpan.UNKNOWN, "No site url", "")))
        .faqItems(1)
        .build();
    assertEquals(List.of("error [site.url] No site url",
            "geo: 1 error, 0 warnings, 0 info in 0 posts and 1 FAQ item; persona questions"
                + " answered 0/0; calendar weeks complete 0/0"),
        ConsoleReport.lines(report));
  }

  @Test
  void lines_pathOutsideBaseStaysAsGiven() {
    Path outside = Path.of("/elsewhere/x.md").toAbsolutePath();
    ValidationReport report = ValidationReport.builder()
        .generatedAt(Instant.EPOCH)
        .basePath(ReportFixture.BASE)
        .findings(List.of(Finding.warning("r", SourceSpan.of(outside, 2, 3), "m", "")))
        .build();
    assertEquals(outside.toString().replace('\\', '/') + ":2:3: warning [r] m",
        ConsoleReport.lines(report).get(0));
  }
}
