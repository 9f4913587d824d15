package nl.geokern.core.rules;

import nl.geokern.core.TestContent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.geokern.core.model.ContentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostFaqBlockRuleTest {

  @TempDir Path tmp;

  final PostFaqBlockRule rule = new PostFaqBlockRule();

  @Test
  void check_threeAnsweredQuestionsAtTheEnd_noFinding() {
    ContentSet content = TestContent.forPosts(tmp).post("faq.md", """
        ---
        title: Vragen
        datePublished: 2026-01-05
        ---
        # Vragen

        ## Veelgestelde vragen

        ### Een?

        Ja.

        ### Twee?

        Nee.

        ### Drie?

        Misschien.
        """).load();
    assertEquals(List.of(), TestContent.check(rule, content));
  }

  @Test
  void check_twoQuestionsOneUnansweredNotLast_threeErrors() {
    ContentSet content = TestContent.forPosts(tmp).post("faq.md", """
        ---
        title: Vragen
        datePublished: 2026-01-05
        ---
        # Vragen

        ## Veelgestelde vragen

        ### Eerste vraag?

        Antwoord.

        ### Tweede vraag?

        ## Verder lezen

        Tekst.
        """).load();
    assertEquals(List.of(
        "content/blog/faq.md:7:1: error [post.faq-block] the FAQ section 'Veelgestelde vragen' is followed by other"
            + " sections; expected it last. Fix: move the FAQ section to the end of the post, after the conclusion and"
            + " 'Verder lezen'",
        "content/blog/faq.md:7:1: error [post.faq-block] the FAQ section has 2 questions; a post needs 3–5. Fix: add 1"
            + " more related question, each an H3 followed by its answer, or reference FAQ items in 'faq'",
        "content/blog/faq.md:13:1: error [post.faq-block] FAQ question 'Tweede vraag?' has no answer; expected a"
            + " paragraph under it. Fix: write the answer under the question, starting with a sentence that answers it"
            + " directly"),
        TestContent.check(rule, content));
  }

  @Test
  void check_noFaqSection_error() {
    ContentSet content = TestContent.forPosts(tmp).post("geen.md", """
        ---
        title: Geen
        datePublished: 2026-01-05
        ---
        # Geen

        Tekst.
        """).load();
    assertEquals(List.of("content/blog/geen.md:5:1: error [post.faq-block] the post has no FAQ section; expected one at"
        + " the end with 3–5 questions. Fix: end the post with '## Veelgestelde vragen' and 3–5 related questions, each"
        + " an H3 followed by its answer"), TestContent.check(rule, content));
  }

  @Test
  void check_tooManyQuestions_error() {
    ContentSet content = TestContent.forPosts(tmp).post("faq.md", """
        ---
        title: Vragen
        datePublished: 2026-01-05
        ---
        # Vragen

        ## FAQ

        V: Een?
        A: Ja.

        V: Twee?
        A: Nee.
        """).load();
    assertEquals(List.of("content/blog/faq.md:7:1: error [post.faq-block] the FAQ section has 2 questions; a post needs"
        + " 1–1. Fix: keep the 1 most relevant; move the others to faq.yaml (the FAQ page)"),
        TestContent.check(rule, new PostFaqBlockRule.Options(1, 1), content));
  }

  @Test
  void check_referencedFaqItemsOnly_countedAtFaqKey() {
    ContentSet content = TestContent.forPosts(tmp).faq("""
        items:
          - id: een
            question: Een?
            answer: Ja.
          - id: twee
            question: Twee?
            answer: Nee.
        """).post("ref.md", """
        ---
        title: Ref
        datePublished: 2026-01-05
        faq: [een, twee]
        ---
        # Ref
        """).load();
    assertEquals(List.of("content/blog/ref.md:4:1: error [post.faq-block] 'faq' references 2 questions;"
        + " a post needs 3–5. Fix: add 1 more related question, each an H3 followed by its answer, or"
        + " reference FAQ items in 'faq'"), TestContent.check(rule, content));
    assertEquals(List.of(), TestContent.check(rule, new PostFaqBlockRule.Options(2, 5), content));
  }
}
