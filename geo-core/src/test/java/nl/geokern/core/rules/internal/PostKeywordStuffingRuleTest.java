package nl.geokern.core.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.geokern.core.model.ContentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

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
  void check_optionsWithOtherStopWordsInTurn_eachCountsWithItsOwn() {
    ContentSet content = TestContent.in(tmp).post("prijs.md", """
        ---
        title: Prijs
        datePublished: 2026-01-05
        keywords: [prijs AI]
        ---
        # Prijs

        De prijs van AI hangt af van veel dingen die je zelf in de hand hebt.
        """).load();
    var defaults = new PostKeywordStuffingRule.Options(3.0, Keyphrases.DEFAULT_STOP_WORDS);
    // Without "van" among the stop words, "prijs van AI" is no occurrence of "prijs AI".
    var onlyEen = new PostKeywordStuffingRule.Options(3.0, List.of("een"));
    String finding = "content/blog/prijs.md:6:1: warning [post.keyword-stuffing] focus keyphrase 'prijs AI' makes up"
        + " 11.8% of the body (1 occurrences × 2 words in 17 words); at most 3.0%. Fix: replace some occurrences with"
        + " synonyms, a shorter form or 'het'/'dit'; write for the reader first";
    for (int i = 0; i < 2; i++) {
      assertEquals(List.of(finding), TestContent.check(rule, content, defaults));
      assertEquals(List.of(), TestContent.check(rule, content, onlyEen));
    }
  }

  @Test
  void occurrences_stopWordsBetween_counted() {
    var stop = Keyphrases.stopWords(Keyphrases.DEFAULT_STOP_WORDS);
    assertEquals(2, Keyphrases.occurrences(List.of("prijs", "ai", "workshop"),
        Keyphrases.tokens("De prijs van een AI-workshop, en de prijs AI workshops."), stop));
  }

  @Test
  void occurrencesInTexts_anyTexts_isOccurrencesOfAllTheirTokens() {
    Gen<String> text = lists().of(arbitrary().pick(List.of("prijs", "prijzen", "van", "een", "AI", "ai-workshop",
        "workshops", "Workshop", "één", "café", "de", " ", " ", ", ", "-", "\u0301", "x"))).ofSizeBetween(0, 20)
        .map(l -> String.join("", l));
    Gen<List<String>> phrase = lists().of(arbitrary().pick(List.of("prijs", "ai", "workshop", "cafe", "een", "x")))
        .ofSizeBetween(0, 3);
    Set<String> stop = Keyphrases.stopWords(Keyphrases.DEFAULT_STOP_WORDS);
    qt().withExamples(3000).forAll(phrase, lists().of(text).ofSizeBetween(0, 4)).checkAssert((words, texts) -> {
      List<String> tokens = new ArrayList<>();
      texts.forEach(t -> tokens.addAll(Keyphrases.tokens(t)));
      assertEquals(Keyphrases.occurrences(words, tokens, stop), KeyphrasesMatcherTest.occurrencesInTexts(words, texts, stop),
          words + " in " + texts);
    });
  }

  @Test
  void occurrencesInTexts_phraseAcrossTwoTexts_counted() {
    Set<String> stop = Keyphrases.stopWords(Keyphrases.DEFAULT_STOP_WORDS);
    assertEquals(2, KeyphrasesMatcherTest.occurrencesInTexts(List.of("prijs", "ai", "workshop"),
        List.of("De prijs van een", "AI-workshop; prijsopgave AI workshops."), stop));
    List<String> long40 = java.util.Collections.nCopies(40, "x");
    assertEquals(1, KeyphrasesMatcherTest.occurrencesInTexts(long40, List.of(String.join(" ", java.util.Collections.nCopies(41, "x"))),
        stop));
  }
}
