package nl.geokern.core.rules.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.geokern.core.load.internal.MarkdownReader;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentDate;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.FaqPageSettings;
import nl.geokern.core.model.KeywordCluster;
import nl.geokern.core.model.Place;
import nl.geokern.core.model.SearchIntent;
import nl.geokern.core.model.Site;
import nl.geokern.core.model.SourceSpan;
import nl.geokern.core.rules.RuleContext;
import nl.geokern.core.rules.RuleEngine;
import nl.geokern.core.rules.RuleRegistry;
import nl.geokern.core.rules.RulesConfig;
import org.junit.jupiter.api.Test;

/**
 * Checking 1,000 posts of about 1,400 words takes at most twice as long as parsing their Markdown
 * with flexmark (best of several rounds, after warming up).
 */
class EditorialRulesPerformanceTest {

  static final int POSTS = 1000;

  @Test
  void check_thousandPosts_withinTwiceFlexmarkParsing() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < POSTS; i++) {
      texts.add(post(i));
    }
    MarkdownReader reader = new MarkdownReader(List.of("Veelgestelde vragen"));
    Site site = new Site("Test", "https://www.test.example/", "nl-NL", Optional.empty(), "Organization",
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        List.of(new Place("Amsterdam", "City", List.of(), SourceSpan.UNKNOWN)), List.of(), List.of(), List.of(),
        Optional.empty(), FaqPageSettings.DEFAULT, "blog/", SourceSpan.UNKNOWN);
    KeywordCluster cluster = new KeywordCluster("c", "C", SearchIntent.LOCAL, List.of("AI workshop MKB"), List.of(),
        SourceSpan.UNKNOWN);
    RuleEngine engine = RuleEngine.create(RuleRegistry.of(EditorialRules.ALL), RulesConfig.DEFAULTS);

    long bestParse = Long.MAX_VALUE;
    long bestRules = Long.MAX_VALUE;
    for (int round = 0; round < 3; round++) {
      List<BlogPost> posts = new ArrayList<>(POSTS);
      long t0 = System.nanoTime();
      for (int i = 0; i < POSTS; i++) {
        Path path = Path.of("blog/p" + i + ".md");
        var parsed = reader.read(texts.get(i), path);
        posts.add(new BlogPost(path, "p" + i, "AI-workshop voor MKB in Amsterdam " + i, Optional.of("d"),
            ContentDate.of(LocalDate.of(2026, 1, 5)), Optional.empty(), Optional.empty(), List.of(), Optional.of("c"),
            Optional.of(SearchIntent.LOCAL), List.of(), List.of(), List.of(), List.of(), "blog/p" + i + ".html",
            Optional.empty(), false, List.of(), Map.of(), parsed.body(), SourceSpan.of(path, 1, 1)));
      }
      long t1 = System.nanoTime();
      ContentSet content = new ContentSet(site, List.of(), List.of(cluster), List.of(), List.of(), posts);
      int findings = engine.run(new RuleContext(content, LocalDate.of(2026, 12, 31))).size();
      long t2 = System.nanoTime();
      assertTrue(findings > 0);
      bestParse = Math.min(bestParse, t1 - t0);
      bestRules = Math.min(bestRules, t2 - t1);
    }
    String report = String.format("%d posts: flexmark parsing %d ms, editorial rules %d ms (%.2f×)", POSTS,
        bestParse / 1_000_000, bestRules / 1_000_000, (double) bestRules / bestParse);
    System.out.println(report);
    assertTrue(bestRules <= 2 * bestParse, report);
  }

  /** A post of about 1,400 words with headings, lists, links, statistics and a FAQ section. */
  static String post(int n) {
    StringBuilder sb = new StringBuilder("---\ntitle: t\n---\n# AI-workshop voor het MKB in Amsterdam " + n + "\n\n");
    sb.append("Een AI-workshop helpt je MKB-team in Amsterdam om sneller te werken met de tools die het al heeft,")
        .append(" zonder grote investering en met direct resultaat voor je klanten.\n\n");
    for (int s = 0; s < 12; s++) {
      sb.append("## Deel ").append(s).append(": hoe een workshop werkt\n\n");
      for (int p = 0; p < 3; p++) {
        sb.append("Ongeveer 20% van de bedrijven gebruikt AI volgens het [CBS](https://www.cbs.nl/). Teams oefenen met")
            .append(" eigen taken, meten de tijd die ze besparen en leggen afspraken vast over privacy en data. Een")
            .append(" workshop kost € 1.500 per groep, zie [prijzen](p").append((n + 1) % POSTS).append(".html).\n\n");
      }
      sb.append("- Een eerste punt met wat uitleg over de aanpak.\n- Een tweede punt met een voorbeeld uit de praktijk.\n\n");
    }
    sb.append("## Conclusie\n\nBegin klein en meet wat het oplevert.\n\n## Veelgestelde vragen\n\n");
    for (int q = 0; q < 4; q++) {
      sb.append("### Vraag ").append(q).append("?\n\nJa, dat kan. Een korte uitleg volgt hier.\n\n");
    }
    return sb.toString();
  }
}
