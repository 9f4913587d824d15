package nl.geokern.core.rules;

import nl.geokern.core.rules.RuleContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.load.ContentLoader;
import nl.geokern.core.model.ContentSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine applies suppression, severity overrides, disabled rules and option overrides. */
class RuleEngineTest {

  @TempDir Path tmp;
  ContentSet content;

  static final String SITE = """
      name: Test BV
      url: https://www.test.example/
      language: nl-NL
      """;

  static String post(String title, String suppress) {
    return """
        ---
        title: "%s"
        datePublished: 2026-01-05
        suppress: [%s]
        ---
        # Kort

        Een korte post.
        """.formatted(title, suppress);
  }

  @BeforeEach
  void load() throws IOException {
    Path dir = tmp.resolve("content");
    Files.createDirectories(dir.resolve("blog"));
    Files.writeString(dir.resolve("site.yaml"), SITE, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("personas.yaml"), "personas: []\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("clusters.yaml"), "clusters: []\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("calendar.yaml"), "weeks: []\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("faq.yaml"), "items: []\n", StandardCharsets.UTF_8);
    String longTitle = "Een titel die met opzet veel langer is dan zestig tekens, om te testen";
    Files.writeString(dir.resolve("blog/a.md"), post(longTitle, "post.length"), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("blog/b.md"), post(longTitle, ""), StandardCharsets.UTF_8);
    content = ContentLoader.load(dir).content().orElseThrow();
  }

  List<String> run(RulesConfig config) {
    RuleRegistry registry = RuleRegistry.of(List.of(new PostLengthRule(), new PostTitleLengthRule()));
    return RuleEngine.create(registry, config).run(new RuleContext(content, LocalDate.of(2026, 12, 31))).stream()
        .map(f -> f.span() + " " + f.severity().label() + " " + f.ruleId()).toList();
  }

  @Test
  void run_defaults_suppressedRuleDroppedForThatPostOnly() {
    assertEquals(List.of(
        "content/blog/a.md:2:1 warning post.title-length",
        "content/blog/b.md:2:1 warning post.title-length",
        "content/blog/b.md:6:1 error post.length"), run(RulesConfig.DEFAULTS));
  }

  @Test
  void run_severityOverrideAndDisabledRule_applied() {
    RulesConfig config = RulesConfig.DEFAULTS
        .with("post.length", new RuleSettings(true, Optional.of(Severity.INFO), Map.of()))
        .with("post.title-length", new RuleSettings(false, Optional.empty(), Map.of()));
    assertEquals(List.of("content/blog/b.md:6:1 info post.length"), run(config));
  }

  @Test
  void run_optionOverride_bound() {
    RulesConfig config = RulesConfig.DEFAULTS
        .with("post.length", new RuleSettings(true, Optional.empty(), Map.of("min", 1, "max", "10")))
        .with("post.title-length", new RuleSettings(true, Optional.empty(), Map.of("max", 100)));
    assertEquals(List.of(), run(config));
  }

  @Test
  void run_findingsKeepMessagesAndHints() {
    RuleRegistry registry = RuleRegistry.of(List.of(new PostLengthRule()));
    List<Finding> findings = RuleEngine.create(registry, RulesConfig.DEFAULTS)
        .run(new RuleContext(content, LocalDate.of(2026, 12, 31)));
    assertEquals(List.of("content/blog/b.md:6:1: error [post.length] the body has 4 words; a post needs 1000–1800."
        + " Fix: write about 996 more words, e.g. a section that answers a related question"),
        findings.stream().map(Finding::toConsoleLine).toList());
  }

  @Test
  void run_postByPost_givesWhatEachRuleGivesOnItsOwn() {
    // the engine runs per-post rules one post at a time; the result must be each rule's own check,
    // merged in registry order and sorted, whatever the scheduling
    Path examples = Path.of("../geo-examples/src/content");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(examples), "the example content is in this checkout");
    ContentSet example = ContentLoader.load(examples).content().orElseThrow();
    // limits every example post exceeds, so several per-post rules report on each post and their
    // findings interleave; a severity override and a disabled rule as well
    RuleContext ctx = new RuleContext(example, LocalDate.of(2026, 12, 31));
    RulesConfig config = RulesConfig.DEFAULTS
        .with("post.length", new RuleSettings(true, Optional.of(Severity.INFO), Map.of("min", 1, "max", 1000)))
        .with("readability.paragraph-length", new RuleSettings(true, Optional.empty(), Map.of("maxWords", 20)))
        .with("faq.duplicate", new RuleSettings(false, Optional.empty(), Map.of()));
    RuleRegistry registry = RuleRegistry.defaults();
    RuleEngine engine = RuleEngine.create(registry, config);
    List<Finding> expected = new java.util.ArrayList<>();
    for (Rule<?> rule : registry.rules()) {
      RuleSettings settings = config.settings(rule.id());
      if (settings.enabled()) {
        for (Finding f : ownCheck(engine, rule, ctx)) {
          expected.add(settings.severity().map(f::withSeverity).orElse(f));
        }
      }
    }
    expected.sort(Finding.ORDER);
    assertTrue(expected.size() > 20, "enough findings to compare: " + expected.size());
    for (int round = 0; round < 5; round++) {
      assertEquals(expected, engine.run(ctx));
    }
  }

  private static <O extends Record> List<Finding> ownCheck(RuleEngine engine, Rule<O> rule,
      RuleContext ctx) {
    return rule.check(ctx, engine.options(rule));
  }
}
