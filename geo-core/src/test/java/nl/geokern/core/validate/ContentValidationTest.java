package nl.geokern.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.load.LoadOptions;
import nl.geokern.core.report.Summary;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentValidationTest {

  static final Path EXAMPLE = Path.of("../geo-examples/src/content");

  private static ValidationRequest request(Path content, Optional<Path> rules) {
    return new ValidationRequest(LoadOptions.defaults(content).withBaseDirectory(content.getParent()), rules,
        LocalDate.of(2026, 11, 27), Severity.ERROR, "test", "0.1.0-test", Instant.parse("2026-11-27T12:00:00Z"));
  }

  @Test
  void run_exampleContent_passesWithCompleteCoverage() {
    Assumptions.assumeTrue(Files.isDirectory(EXAMPLE), "the example content is not beside geo-core");
    ValidationOutcome outcome = ContentValidation.run(request(EXAMPLE, Optional.empty()));
    assertEquals(List.of(), outcome.findings().stream().filter(f -> f.severity() != Severity.INFO)
        .map(Finding::toConsoleLine).toList());
    Summary s = outcome.report().summary();
    assertEquals(12, s.posts());
    assertEquals(s.personaQuestionsTotal(), s.personaQuestionsAnswered());
    assertEquals(12, s.calendarWeeksComplete());
    assertTrue(s.faqItems() >= 20);
    assertTrue(outcome.report().posts().stream().allMatch(p -> p.words() >= 1000 && p.words() <= 1800));
    assertFalse(outcome.failed());
  }

  @Test
  void run_invalidContent_reportsLoadErrorsAndFails(@TempDir Path dir) throws IOException {
    Path content = dir.resolve("content");
    Files.createDirectories(content.resolve("blog"));
    Files.writeString(content.resolve("site.yaml"), "name: X\nurl: https://x.example/\nlanguage: nl\n");
    Files.writeString(content.resolve("personas.yaml"), "personas: [\n");
    ValidationOutcome outcome = ContentValidation.run(request(content, Optional.empty()));
    assertTrue(outcome.failed());
    assertTrue(outcome.content().isEmpty());
    List<String> where = outcome.findings().stream().map(f -> f.ruleId() + " " + f.span().path()).toList();
    assertTrue(where.contains("load.yaml content/personas.yaml"), where.toString());
    assertTrue(where.contains("load.missing-file content/clusters.yaml"), where.toString());
    assertTrue(where.contains("load.missing-file content/faq.yaml"), where.toString());
    assertEquals(0, outcome.report().posts().size());
  }

  @Test
  void run_rulesFileWithUnknownRule_isAFinding(@TempDir Path dir) throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(EXAMPLE), "the example content is not beside geo-core");
    Path rules = dir.resolve("geo-rules.yaml");
    Files.writeString(rules, "rules:\n  post.lenght: {severity: warning}\n");
    ValidationOutcome outcome = ContentValidation.run(request(EXAMPLE, Optional.of(rules)));
    assertTrue(outcome.findings().stream().anyMatch(f -> f.ruleId().equals("config.unknown-rule")
        && f.span().line() == 2 && f.message().contains("post.lenght")), outcome.findings().toString());
  }
}
