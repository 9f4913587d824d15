package nl.geokern.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.geokern.core.analysis.ContentAnalysis;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.load.ContentLoader;
import nl.geokern.core.load.LoadOptions;
import nl.geokern.core.load.LoadResult;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.report.PostScore;
import nl.geokern.core.rules.RuleContext;
import nl.geokern.core.rules.RuleEngine;
import nl.geokern.core.rules.RuleRegistry;
import nl.geokern.core.rules.RulesConfig;
import org.junit.jupiter.api.Test;

/**
 * Runs the plan rules and the metrics over the real example content in {@code geo-examples}; skips
 * when the module is not next to this one.
 */
class ExampleContentTest {

  static final Path EXAMPLE = Path.of("../geo-examples/src/content");
  static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 27);

  static ContentSet load() {
    assumeTrue(Files.isDirectory(EXAMPLE), "no example content at " + EXAMPLE.toAbsolutePath());
    LoadResult result = ContentLoader.load(LoadOptions.defaults(EXAMPLE));
    assertFalse(result.hasErrors(), () -> lines(result.findings()));
    return result.content().orElseThrow();
  }

  static String lines(List<Finding> findings) {
    return String.join("\n", findings.stream().map(Finding::toConsoleLine).toList());
  }

  @Test
  void rules_exampleContent_findNothing() {
    ContentSet content = load();
    List<Finding> findings = RuleEngine.create(RuleRegistry.defaults(), RulesConfig.DEFAULTS)
        .run(new RuleContext(content, REFERENCE_DATE));

    assertEquals("", lines(findings));
  }

  @Test
  void compute_exampleContent_coversThePlan() {
    ContentSet content = load();
    ContentAnalysis analysis = ContentAnalysis.of(content);
    ContentMetrics m = ContentMetrics.compute(content, analysis, REFERENCE_DATE, List.of());

    assertEquals(14, m.personas().stream().mapToInt(p -> p.answeredCount()).sum());
    assertEquals(12, m.weeks().stream().filter(w -> w.complete()).count());
    assertTrue(m.clusters().stream().allMatch(c -> c.hasContent()), m.clusters().toString());
    assertEquals(12, m.posts().size());
    assertEquals(27, content.faqItems().size());
    for (PostScore p : m.posts()) {
      // the plan's posts are long, readable Dutch that cites its sources
      assertTrue(p.words() >= 1000 && p.words() <= 1800, p.slug() + " words " + p.words());
      assertTrue(p.readabilityScore() >= 40, p.slug() + " readability " + p.readabilityScore());
      assertTrue(p.evidence().citations() >= 1, p.slug() + " " + p.evidence());
    }
  }
}
