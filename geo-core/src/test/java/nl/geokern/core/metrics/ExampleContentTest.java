package nl.geokern.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.load.ContentLoader;
import nl.geokern.core.load.LoadOptions;
import nl.geokern.core.load.LoadResult;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.rule.RuleContext;
import nl.geokern.core.rules.RuleEngine;
import nl.geokern.core.rules.RuleRegistry;
import nl.geokern.core.rules.RulesConfig;
import nl.geokern.core.rules.internal.PlanRules;
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
  void planRules_exampleContent_reportOnlyKnownFindings() {
    ContentSet content = load();
    List<Finding> findings = RuleEngine.create(RuleRegistry.of(PlanRules.ALL), RulesConfig.DEFAULTS)
        .run(new RuleContext(content, REFERENCE_DATE));
    System.out.println("Plan rule findings on the example content:\n" + lines(findings));

    assertEquals("", lines(findings));
  }

  @Test
  void compute_exampleContent_coversThePlan() {
    ContentSet content = load();
    List<Finding> findings = RuleEngine.create(RuleRegistry.of(PlanRules.ALL), RulesConfig.DEFAULTS)
        .run(new RuleContext(content, REFERENCE_DATE));
    ContentMetrics m = ContentMetrics.compute(content, REFERENCE_DATE, findings);
    System.out.println(describe(m));

    assertEquals(new Summary(12, 27, 14, 14, 12, 12), m.summary());
  }

  static String describe(ContentMetrics m) {
    StringBuilder sb = new StringBuilder("Metrics of the example content (reference date " + m.referenceDate() + ")\n");
    sb.append(m.summary()).append('\n');
    for (QuestionCoverage q : m.questions()) {
      sb.append(String.format(Locale.ROOT, "  question %-30s posts=%s faq=%s%n", q.id(), q.postSlugs(), q.faqItemIds()));
    }
    for (WeekStatus w : m.weeks()) {
      sb.append("  ").append(w).append('\n');
    }
    for (ClusterCoverage c : m.clusters()) {
      sb.append("  ").append(c).append('\n');
    }
    for (PostMetrics p : m.posts()) {
      ReadabilityMetrics r = p.readability();
      GeoEvidence e = p.evidence();
      sb.append(String.format(Locale.ROOT,
          "  %-34s words=%4d score=%5.1f (%s) w/s=%4.1f syl/100w=%5.1f long=%4.1f%% maxPara=%3d | geo=%3d stats=%d/%d"
              + " quotes=%d cites=%d qh=%d/%d places=%d %s%n",
          p.slug(), p.wordCount(), r.score().orElse(Double.NaN), r.scale().orElse("-"),
          (double) r.words() / r.sentences(), 100.0 * r.syllables() / r.words(), r.longSentenceSharePercent(),
          r.longestParagraphWords(), e.score(), e.sourcedStatistics(), e.sourcedStatistics() + e.unsourcedStatistics(),
          e.attributedQuotations(), e.outboundCitations(), e.answerFirstQuestionHeadings(), e.questionHeadings(),
          e.placeMentions(), e.placesMentioned()));
    }
    return sb.toString();
  }
}
