package nl.geokern.core.rules;

import nl.geokern.core.rules.RuleContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.load.ContentLoader;
import nl.geokern.core.load.LoadOptions;
import nl.geokern.core.load.LoadResult;
import org.junit.jupiter.api.Test;

/**
 * Runs the editorial rules over the example site's posts and prints what they find; skipped when
 * the example content is absent. {@code -Dgeo.examples=<content dir>} points it elsewhere.
 */
class ExampleContentRulesTest {

  @Test
  void editorialRules_examplePosts() {
    Path dir = Path.of(System.getProperty("geo.examples", "../geo-examples/src/content"));
    assumeTrue(Files.isDirectory(dir.resolve("blog")), "example content not found at " + dir.toAbsolutePath());
    LoadResult loaded = ContentLoader.load(LoadOptions.defaults(dir));
    loaded.findings().forEach(f -> System.out.println(f.toConsoleLine()));
    assertTrue(loaded.content().isPresent(), "the example content loads without errors");
    assertTrue(loaded.content().get().posts().size() >= 12, "the example site has its 12 posts");

    RuleEngine engine = RuleEngine.create(RuleRegistry.defaults(), RulesConfig.DEFAULTS);
    List<Finding> findings = engine.run(new RuleContext(loaded.content().get(), LocalDate.of(2026, 12, 31)));
    System.out.println("editorial rules on the example posts: " + findings.size() + " findings");
    findings.forEach(f -> System.out.println(f.toConsoleLine()));
    // The example site is the reference content: it must pass its own editorial rules.
    assertEquals(List.of(), findings.stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::toConsoleLine).toList());
    for (var post : loaded.content().get().posts()) {
      System.out.printf("%s: %d words, %d FAQ questions, %d links, title %d characters, description %d characters%n",
          post.slug(), post.body().wordCount(), post.body().faq().map(f -> f.pairs().size()).orElse(0),
          post.body().links().size(), post.title().length(), post.description().map(String::length).orElse(0));
    }
  }
}
