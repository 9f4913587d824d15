package nl.geokern.core.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
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
    ContentSet content = TestContent.in(tmp).post("cijfers.md", POST).load();
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
    ContentSet content = TestContent.in(tmp).post("cijfers.md", POST.replace("fictional: false", "fictional: true")).load();
    assertEquals(List.of(), TestContent.check(rule, content));
    assertEquals(2, TestContent.check(rule, content, new PostStatisticSourceRule.Options(false)).size());
  }

  @Test
  void statistics_formats_found() {
    assertEquals(Set.of("20 %", "€1.500,-", "1.500 euro", "EUR 300", "7 percent"),
        PostStatisticSourceRule.statistics("20 % en €1.500,- of 1.500 euro, EUR 300 en 7 percent; niet 2025 of 3 euros"));
  }

  /** What {@link PostStatisticSourceRule#statistics} replaced: every match of the regex, one after the other. */
  private static Set<String> statisticsByRegex(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = PostStatisticSourceRule.STATISTIC.matcher(text);
    while (m.find()) {
      out.add(m.group().strip().replace('\u00A0', ' '));
    }
    return out;
  }

  @Test
  void statistics_anyText_areTheMatchesOfTheRegex() {
    qt().withExamples(10000).forAll(lists().of(arbitrary().pick(List.of("12", "1.500", "1 500", "1\u00a0500", "3,5",
        ",-", ",--", "0", "7", ".", ",", " ", "\u00a0", "%", "procent", "Percent", "procenten", "€", "EUR", "eur", "Eur",
        "euro", "EURO", "euros", "x", "a", "é", "\u0301", "\u0660", "\u00b2", "\ud835\udc00", "-")))
            .ofSizeBetween(0, 12).map(l -> String.join("", l))
            .mix(strings().allPossible().ofLengthBetween(0, 40), 20))
        .checkAssert(text -> assertEquals(List.copyOf(statisticsByRegex(text)),
            List.copyOf(PostStatisticSourceRule.statistics(text)), text));
  }

  @Test
  void statistics_neighboursAndEnds_asTheRegex() {
    for (String text : List.of("", "5", "5%", "a5%", "55%", "x EUR 5", "xEUR 5", "€€5", "EUR€5", "€ 5 euro", "5 euro5",
        "12%12%", "12%3%", "1.2345 euro", "€1.2345", "EUR 1 EUR 2", "ab EUR5", "5 procentpunt", "5 procent.",
        "²5%", "٠5%", "€5,-,-", "Eur 12 en 12 eur")) {
      assertEquals(List.copyOf(statisticsByRegex(text)), List.copyOf(PostStatisticSourceRule.statistics(text)), text);
    }
  }
}
