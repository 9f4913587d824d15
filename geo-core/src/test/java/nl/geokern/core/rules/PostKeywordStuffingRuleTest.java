package nl.geokern.core.rules;

import nl.geokern.core.TestContent;
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
    ContentSet content = TestContent.forPosts(tmp).post("stuff.md", POST).load();
    assertEquals(List.of(), TestContent.check(rule, new PostKeywordStuffingRule.Options(60), content));
  }

  @Test
  void check_densityAboveMaximum_warningWithArithmetic() {
    ContentSet content = TestContent.forPosts(tmp).post("stuff.md", POST).load();
    assertEquals(List.of("content/blog/stuff.md:6:1: warning [post.keyword-stuffing] focus keyphrase 'AI workshop'"
        + " makes up 50.0% of the body (2 occurrences × 2 words in 8 words); at most 3.0%. Fix: replace some"
        + " occurrences with synonyms, a shorter form or 'het'/'dit'; write for the reader first"),
        TestContent.check(rule, content));
  }

  @Test
  void check_stopWordsBetweenAndInflections_countAsOccurrences() {
    // "prijs van een AI-workshop" and "prijs AI workshops" are both "prijs AI workshop": the stop words
    // between the words are skipped, and "workshops" has the stem of "workshop"
    ContentSet content = TestContent.forPosts(tmp).post("prijs.md", """
        ---
        title: Prijs
        datePublished: 2026-01-05
        keywords: [prijs AI workshop]
        ---
        # Prijs

        De prijs van een AI-workshop hangt af van de duur, en de prijs AI workshops ook.
        """).load();
    assertEquals(List.of("content/blog/prijs.md:6:1: warning [post.keyword-stuffing] focus keyphrase"
        + " 'prijs AI workshop' makes up 35.3% of the body (2 occurrences × 3 words in 17 words); at most 3.0%."
        + " Fix: replace some occurrences with synonyms, a shorter form or 'het'/'dit'; write for the reader first"),
        TestContent.check(rule, content));
  }
}
