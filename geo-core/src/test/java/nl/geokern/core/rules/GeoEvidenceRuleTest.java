package nl.geokern.core.rules;

import nl.geokern.core.TestContent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import nl.geokern.core.model.ContentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoEvidenceRuleTest {

  @TempDir Path project;
  final GeoEvidenceRule rule = new GeoEvidenceRule();

  static final String POST = """
      ---
      title: Post een
      datePublished: 2026-01-05
      cluster: c1
      ---

      # Post een

      Een korte inleiding voor ondernemers in Amsterdam.

      ## Wat kost een workshop?

      Een workshop kost €1.250 volgens de [prijslijst](https://www.voorbeeld.example/prijzen).
      """;

  @Test
  void check_defaultMinScore_neverFires() {
    ContentSet content = TestContent.in(project).with("blog/post-een.md", POST).load();

    assertEquals("", String.join("\n", TestContent.check(rule, content)));
  }

  @Test
  void check_minScoreSet_reportsLowScoresAsInfo() {
    ContentSet content = TestContent.in(project).with("blog/post-een.md", POST).load();

    // 25/3 (1 sourced statistic) + 25/3 (1 citation) + 20/3 (1 answer-first heading) + 10/3 (1 place) = 26.7
    assertEquals("content/blog/post-een.md:7:1: info [geo.evidence] GEO evidence score 27 of 100; at least 50"
        + " expected (sourced statistics 1, attributed quotations 0, outbound citations 1, answer-first question"
        + " headings 1, place mentions 1). Fix: add statistics with their source link, a quotation with who said it,"
        + " citations of real sources and question headings answered in their first sentence",
        String.join("\n", TestContent.check(rule, new GeoEvidenceRule.Options(50), content)));
    assertEquals("", String.join("\n", TestContent.check(rule, new GeoEvidenceRule.Options(27), content)));
  }
}
