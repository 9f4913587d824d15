package nl.geokern.core.rules;

import nl.geokern.core.TestContent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import nl.geokern.core.model.ContentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaqPageCountRuleTest {

  @TempDir Path project;
  final FaqPageCountRule rule = new FaqPageCountRule();

  static String items(int n) {
    StringBuilder sb = new StringBuilder("items:\n");
    for (int i = 1; i <= n; i++) {
      sb.append("  - id: f").append(i).append('\n')
          .append("    question: Vraag nummer ").append(i).append(" over onderwerp ").append((char) ('a' + i)).append("?\n")
          .append("    answer: Antwoord ").append(i).append(".\n")
          .append(i == 1 ? "    answers: [q1]\n" : "");
    }
    return sb.toString();
  }

  @Test
  void check_twentyItems_noFinding() {
    ContentSet content = TestContent.in(project).with("faq.yaml", items(20)).load();

    assertEquals("", String.join("\n", TestContent.check(rule, content)));
  }

  @Test
  void check_oneItem_reportsHowManyAreMissing() {
    ContentSet content = TestContent.in(project).load();

    assertEquals("content/faq.yaml:2:5: error [faq.page-count] the FAQ page has 1 item; it needs at least 20."
        + " Fix: add 19 more questions to faq.yaml, planned as the calendar's weekly FAQ updates",
        String.join("\n", TestContent.check(rule, content)));
  }

  @Test
  void check_minimumOption_isUsed() {
    ContentSet content = TestContent.in(project).with("faq.yaml", items(3)).load();

    assertEquals("", String.join("\n", TestContent.check(rule, new FaqPageCountRule.Options(3), content)));
    assertEquals("content/faq.yaml:9:5: error [faq.page-count] the FAQ page has 3 items; it needs at least 4."
        + " Fix: add 1 more question to faq.yaml, planned as the calendar's weekly FAQ updates",
        String.join("\n", TestContent.check(rule, new FaqPageCountRule.Options(4), content)));
  }
}
