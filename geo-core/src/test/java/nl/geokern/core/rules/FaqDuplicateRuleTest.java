package nl.geokern.core.rules;

import nl.geokern.core.TestContent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.FaqItem;
import nl.geokern.core.model.SourceSpan;
import nl.geokern.core.rules.RuleContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaqDuplicateRuleTest {

  @TempDir Path project;
  final FaqDuplicateRule rule = new FaqDuplicateRule();

  static final String FAQ = """
      items:
        - id: f1
          question: Hoe begin ik met AI?
          answer: Met een kleine proef.
          answers: [q1]
        - id: kosten
          question: Wat kost een AI-workshop?
          answer: Vanaf 1.250 euro.
      """;

  static String post(String date, String faqRef, String... questions) {
    StringBuilder sb = new StringBuilder("---\ntitle: Post\ndatePublished: " + date + "\n" + faqRef + "---\n\n# Post\n\n"
        + "Inleiding.\n\n## Veelgestelde vragen\n");
    for (String q : questions) {
      sb.append("\n### ").append(q).append("\n\nEen antwoord.\n");
    }
    return sb.toString();
  }

  @Test
  void check_distinctQuestions_noFinding() {
    ContentSet content = TestContent.in(project).with("faq.yaml", FAQ)
        .with("blog/post-een.md", post("2026-01-05", "",
            "Is een AI-workshop aftrekbaar als bedrijfskosten?", "Hoeveel mensen kunnen meedoen?"))
        .load();

    assertEquals("", String.join("\n", TestContent.check(rule, content)));
  }

  @Test
  void check_sameQuestionInPost_isAnErrorAtThePost() {
    ContentSet content = TestContent.in(project).with("faq.yaml", FAQ)
        .with("blog/post-een.md", post("2026-01-05", "", "Wat kost een AI workshop?"))
        .load();

    assertEquals("content/blog/post-een.md:12:1: error [faq.duplicate] question \"Wat kost een AI workshop?\""
        + " duplicates \"Wat kost een AI-workshop?\" (FAQ item 'kosten', content/faq.yaml:7:15). Fix: show FAQ item"
        + " 'kosten' under the post by reference (front matter faq: [kosten]) and remove this copy, or ask a"
        + " different question",
        String.join("\n", TestContent.check(rule, content)));
  }

  @Test
  void check_nearDuplicate_isAWarningWithTheSimilarity() {
    ContentSet content = TestContent.in(project).with("faq.yaml", FAQ)
        .with("blog/post-een.md", post("2026-01-05", "", "Wat kost een AI workshop ongeveer?"))
        .load();

    assertEquals("content/blog/post-een.md:12:1: warning [faq.duplicate] question \"Wat kost een AI workshop"
        + " ongeveer?\" nearly duplicates \"Wat kost een AI-workshop?\" (FAQ item 'kosten', content/faq.yaml:7:15);"
        + " similarity 0.73. Fix: show FAQ item 'kosten' under the post by reference (front matter faq: [kosten])"
        + " and remove this copy, or ask a different question",
        String.join("\n", TestContent.check(rule, content)));
  }

  @Test
  void check_thresholdOption_decidesWhatIsNear() {
    ContentSet content = TestContent.in(project).with("faq.yaml", FAQ)
        .with("blog/post-een.md", post("2026-01-05", "", "Wat kost een AI workshop ongeveer?"))
        .load();

    assertEquals("", String.join("\n", TestContent.check(rule, new FaqDuplicateRule.Options(0.8), content)));
  }

  @Test
  void check_reuseById_isNotDuplication() {
    ContentSet content = TestContent.in(project).with("faq.yaml", FAQ)
        .with("blog/post-een.md", post("2026-01-05", "faq: [kosten]\n", "Hoeveel mensen kunnen meedoen?"))
        .load();

    assertEquals("", String.join("\n", TestContent.check(rule, content)));
  }

  @Test
  void check_copyOfAnItemShownByReference_asksToRemoveTheCopy() {
    ContentSet content = TestContent.in(project).with("faq.yaml", FAQ)
        .with("blog/post-een.md", post("2026-01-05", "faq: [kosten]\n", "Wat kost een AI-workshop?"))
        .load();

    assertEquals("content/blog/post-een.md:13:1: error [faq.duplicate] question \"Wat kost een AI-workshop?\""
        + " duplicates \"Wat kost een AI-workshop?\" (FAQ item 'kosten', content/faq.yaml:7:15). Fix: the post"
        + " already shows FAQ item 'kosten' by reference (faq: [kosten]); remove this hand-written copy",
        String.join("\n", TestContent.check(rule, content)));
  }

  @Test
  void check_sameQuestionInTwoPosts_reportedAtTheLaterPost() {
    ContentSet content = TestContent.in(project)
        .with("blog/post-een.md", post("2026-01-12", "", "Zijn er workshops in Amsterdam?"))
        .with("blog/post-twee.md", post("2026-01-05", "", "Zijn er workshops in Amsterdam?"))
        .load();

    assertEquals("content/blog/post-een.md:12:1: error [faq.duplicate] question \"Zijn er workshops in Amsterdam?\""
        + " duplicates \"Zijn er workshops in Amsterdam?\" (post 'post-twee', content/blog/post-twee.md:12:1). Fix:"
        + " keep the question in one place: move it to faq.yaml and show it under both posts by id (faq: [id]), or"
        + " ask a different question",
        String.join("\n", TestContent.check(rule, content)));
  }

  @Test
  void check_twoFaqItemsNearlyAlike_reportedAtTheSecond() {
    ContentSet content = TestContent.in(project).with("faq.yaml", FAQ + """
          - id: kosten-2
            question: Wat kosten jullie AI-workshops?
            answer: Zie de prijzen.
        """).load();

    String out = String.join("\n", TestContent.check(rule, content));
    assertTrue(out.startsWith("content/faq.yaml:10:15: warning [faq.duplicate] question \"Wat kosten jullie"
        + " AI-workshops?\" nearly duplicates \"Wat kost een AI-workshop?\" (FAQ item 'kosten', content/faq.yaml:7:15)"),
        out);
  }

  @Test
  void normalise_accentsCasePunctuation_removed() {
    assertEquals("wat kost een ai workshop", QuestionSimilarity.normalise("  Wát kóst één AI-workshop?! "));
    Map<String, Integer> ids = new HashMap<>();
    assertEquals(1.0, QuestionSimilarity.jaccard(
        QuestionSimilarity.shingles(QuestionSimilarity.normalise("Wat kost een AI-workshop?"), ids),
        QuestionSimilarity.shingles(QuestionSimilarity.normalise("wat kost een AI workshop"), ids)));
  }

  /** The prefix-filtered search finds exactly what comparing every pair finds. */
  @Test
  void check_randomQuestions_matchesBruteForce() {
    ContentSet base = TestContent.in(project).load();
    String[] vocabulary = {"wat", "kost", "een", "ai", "workshop", "hoe", "snel", "starten", "we", "in", "amsterdam",
        "training", "team", "kosten", "kunnen", "jullie", "pilot", "data", "privacy", "tools"};
    Random random = new Random(42);
    List<FaqItem> items = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      int n = 3 + random.nextInt(4);
      StringBuilder q = new StringBuilder();
      for (int w = 0; w < n; w++) {
        q.append(w == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
      }
      items.add(new FaqItem("f" + i, q + "?", "Antwoord.", "Antwoord.", List.of(), List.of(), List.of(), List.of(),
          java.util.Optional.empty(), SourceSpan.UNKNOWN, SourceSpan.of(Path.of("faq.yaml"), i + 1, 1),
          SourceSpan.UNKNOWN));
    }
    ContentSet content = new ContentSet(base.site(), base.personas(), base.clusters(), List.of(), items, List.of());
    double threshold = 0.5;

    List<Finding> findings = rule.check(new RuleContext(content, TestContent.TODAY), new FaqDuplicateRule.Options(threshold));

    Map<String, Integer> dictionary = new HashMap<>();
    List<int[]> shingles = items.stream()
        .map(i -> QuestionSimilarity.shingles(QuestionSimilarity.normalise(i.question()), dictionary)).toList();
    int expected = 0;
    for (int j = 0; j < items.size(); j++) {
      for (int i = 0; i < j; i++) {
        if (QuestionSimilarity.jaccard(shingles.get(i), shingles.get(j)) >= threshold) {
          expected++;
          break;
        }
      }
    }
    assertTrue(expected > 10, "the sample should contain near-duplicates: " + expected);
    assertEquals(expected, findings.size());
  }
}
