package nl.geokern.core.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.geokern.core.model.ContentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostKeywordStuffingRuleTest {

  @TempDir Path tmp;

  static final String POST = """
      ---
      title: Workshops
      datePublished: 2026-01-05
      keywords: [AI workshop]
      ---
      # Workshops

      Een AI-workshop is leuk. Nog een AI-workshop.
      """;

  final PostKeywordStuffingRule rule = new PostKeywordStuffingRule();

  @Test
  void check_densityBelowMaximum_noFinding() {
    ContentSet content = TestContent.in(tmp).post("stuff.md", POST).load();
    assertEquals(List.of(), TestContent.check(rule, content, new PostKeywordStuffingRule.Options(60, List.of("een"))));
  }

  @Test
  void check_densityAboveMaximum_warningWithArithmetic() {
    ContentSet content = TestContent.in(tmp).post("stuff.md", POST).load();
    assertEquals(List.of("content/blog/stuff.md:6:1: warning [post.keyword-stuffing] focus keyphrase 'AI workshop'"
        + " makes up 50.0% of the body (2 occurrences × 2 words in 8 words); at most 3.0%. Fix: replace some"
        + " occurrences with synonyms, a shorter form or 'het'/'dit'; write for the reader first"),
        TestContent.check(rule, content));
  }

  @Test
  void occurrences_stopWordsBetween_counted() {
    var stop = Keyphrases.stopWords(Keyphrases.DEFAULT_STOP_WORDS);
    assertEquals(2, Keyphrases.occurrences(List.of("prijs", "ai", "workshop"),
        Keyphrases.tokens("De prijs van een AI-workshop, en de prijs AI workshops."), stop));
  }
}
