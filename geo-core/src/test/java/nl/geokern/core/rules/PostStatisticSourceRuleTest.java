package nl.geokern.core.rules;

import nl.geokern.core.TestContent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.geokern.core.model.ContentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostStatisticSourceRuleTest {

  @TempDir Path tmp;

  final PostStatisticSourceRule rule = new PostStatisticSourceRule();

  static final String POST = """
      ---
      title: Cijfers
      datePublished: 2026-01-05
      fictional: false
      ---
      # Cijfers

      Zo'n 20% van de bedrijven gebruikt AI, en 13,5 procent twijfelt.

      Volgens het [CBS](https://www.cbs.nl/) is dat 22,7 procent.

      - Een dag kost € 1.500,- per groep.
      - Geen cijfers hier, alleen 2025 en EUR-Lex.
      """;

  @Test
  void check_statisticsWithoutLink_warningPerBlock() {
    ContentSet content = TestContent.forPosts(tmp).post("cijfers.md", POST).load();
    assertEquals(List.of(
        "content/blog/cijfers.md:8:1: warning [post.statistic-source] statistics '20%', '13,5 procent' have no source"
            + " link in the same paragraph. Fix: link the source in this paragraph, e.g. 'volgens"
            + " [CBS](https://www.cbs.nl/…)'; for your own prices, link the page with the prices",
        "content/blog/cijfers.md:12:1: warning [post.statistic-source] statistic '€ 1.500,-' has no source link in the"
            + " same list item. Fix: link the source in this list item, e.g. 'volgens [CBS](https://www.cbs.nl/…)'; for"
            + " your own prices, link the page with the prices"),
        TestContent.check(rule, content));
  }

  @Test
  void check_fictionalPost_skippedByDefault() {
    ContentSet content = TestContent.forPosts(tmp).post("cijfers.md", POST.replace("fictional: false", "fictional: true")).load();
    assertEquals(List.of(), TestContent.check(rule, content));
    assertEquals(2, TestContent.check(rule, new PostStatisticSourceRule.Options(false), content).size());
  }
}
