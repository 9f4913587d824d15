package nl.geokern.core.rules;

import nl.geokern.core.TestContent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.geokern.core.model.ContentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaqAnswerFirstRuleTest {

  @TempDir Path tmp;

  final FaqAnswerFirstRule rule = new FaqAnswerFirstRule();

  static final String FAQ = """
      items:
        - id: snel
          question: Hoe snel kunnen we starten?
          answer: |
            [Meestal](https://www.test.example/) **binnen twee weken**. Daarna volgt de rest.
      """;
  static final String POST = """
      ---
      title: Post
      datePublished: 2026-01-05
      ---
      # Post

      ## Veelgestelde vragen

      ### Kan het online?

      Ja, dat kan prima en zonder extra kosten. Meer uitleg.
      """;

  @Test
  void check_shortFirstSentences_noFinding() {
    ContentSet content = TestContent.forPosts(tmp).faq(FAQ).post("p.md", POST).load();
    assertEquals(List.of(), TestContent.check(rule, content));
  }

  @Test
  void check_longFirstSentences_warningPerAnswerWithMarkdownStripped() {
    ContentSet content = TestContent.forPosts(tmp).faq(FAQ).post("p.md", POST).load();
    assertEquals(List.of(
        "content/blog/p.md:11:1: warning [faq.answer-first] the first sentence of the answer to 'Kan het online?' has 8"
            + " words; at most 3: 'Ja, dat kan prima en zonder extra kosten.'. Fix: open with a short sentence that"
            + " answers the question directly (yes/no, a number, the key fact); explain after it",
        "content/faq.yaml:4:13: warning [faq.answer-first] the first sentence of the answer to 'Hoe snel kunnen we"
            + " starten?' has 4 words; at most 3: 'Meestal binnen twee weken.'. Fix: open with a short sentence that"
            + " answers the question directly (yes/no, a number, the key fact); explain after it"),
        TestContent.check(rule, new FaqAnswerFirstRule.Options(3), content));
  }
}
