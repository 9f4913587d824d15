package nl.geokern.core.rules;

import nl.geokern.core.TestContent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import nl.geokern.core.model.ContentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoveragePersonaQuestionsRuleTest {

  @TempDir Path project;
  final CoveragePersonaQuestionsRule rule = new CoveragePersonaQuestionsRule();

  static final String PERSONAS = """
      personas:
        - id: p1
          name: Persona een
          questions:
            - id: q1
              text: Hoe begin ik?
            - id: q2
              text: Wat kost het?
        - id: p2
          name: Persona twee
          questions:
            - id: q3
              text: Zijn er workshops in Amsterdam?
      """;

  @Test
  void check_everyQuestionAnsweredByPostOrItem_noFinding() {
    ContentSet content = TestContent.in(project)
        .with("personas.yaml", PERSONAS)
        .with("blog/post-een.md", """
            ---
            title: Post een
            datePublished: 2026-01-05
            answers: [q2, q3]
            ---

            # Post een
            """)
        .load();

    assertEquals("", String.join("\n", TestContent.check(rule, content)));
  }

  @Test
  void check_unansweredQuestions_reportedAtTheirText() {
    ContentSet content = TestContent.in(project).with("personas.yaml", PERSONAS).load();

    assertEquals("""
        content/personas.yaml:7:9: error [coverage.persona-questions] persona question 'q2' of p1 ("Wat kost het?") \
        is not answered by any post or FAQ item. Fix: add q2 to the answers of the post or FAQ item that answers it, \
        or write one
        content/personas.yaml:12:9: error [coverage.persona-questions] persona question 'q3' of p2 ("Zijn er \
        workshops in Amsterdam?") is not answered by any post or FAQ item. Fix: add q3 to the answers of the post \
        or FAQ item that answers it, or write one""",
        String.join("\n", TestContent.check(rule, content)));
  }
}
