package nl.geokern.core.rules;

import nl.geokern.core.TestContent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.geokern.core.model.ContentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaqAnswerLengthRuleTest {

  @TempDir Path tmp;

  final FaqAnswerLengthRule rule = new FaqAnswerLengthRule();

  static final String FAQ = """
      items:
        - id: snel
          question: Hoe snel kunnen we starten?
          answer: "Binnen [twee](https://www.test.example/) weken, soms sneller."
      """;
  static final String POST = """
      ---
      title: Post
      datePublished: 2026-01-05
      ---
      # Post

      ## FAQ

      V: Kan het online?
      A: Ja, dat kan.

      V: Hoe lang duurt het?
      A: Een dag. Soms twee.
      """;

  @Test
  void check_shortAnswers_noFinding() {
    ContentSet content = TestContent.forPosts(tmp).faq(FAQ).post("p.md", POST).load();
    assertEquals(List.of(), TestContent.check(rule, content));
  }

  @Test
  void check_longAnswers_warningPerAnswer() {
    ContentSet content = TestContent.forPosts(tmp).faq(FAQ).post("p.md", POST).load();
    assertEquals(List.of(
        "content/blog/p.md:13:1: warning [faq.answer-length] the answer to 'Hoe lang duurt het?' has 4 words; at most 3."
            + " Fix: keep the direct answer and the key facts (cut about 1 word); move the details to a post and link it",
        "content/faq.yaml:4:13: warning [faq.answer-length] the answer to 'Hoe snel kunnen we starten?' has 5 words; at"
            + " most 3. Fix: keep the direct answer and the key facts (cut about 2 words); move the details to a post and"
            + " link it"),
        TestContent.check(rule, new FaqAnswerLengthRule.Options(3), content));
  }
}
