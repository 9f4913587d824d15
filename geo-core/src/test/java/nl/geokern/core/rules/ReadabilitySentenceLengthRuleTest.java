package nl.geokern.core.rules;

import nl.geokern.core.TestContent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import nl.geokern.core.model.ContentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadabilitySentenceLengthRuleTest {

  @TempDir Path project;
  final ReadabilitySentenceLengthRule rule = new ReadabilitySentenceLengthRule();

  static final String LONG = "Dit is een lange zin met veel te veel woorden die maar doorgaat en doorgaat zonder dat de"
      + " lezer ergens kan ademhalen of pauzeren.";

  static String post(String body) {
    return "---\ntitle: Post een\ndatePublished: 2026-01-05\ncluster: c1\n---\n\n# Post een\n\n" + body;
  }

  @Test
  void check_shortSentences_noFinding() {
    ContentSet content = TestContent.in(project)
        .with("blog/post-een.md", post("Korte zin. Nog een korte zin.\n\n" + LONG + " Kort. Ook kort. En nog een.\n"))
        .load();

    assertEquals("", String.join("\n", TestContent.check(rule, content)));
  }

  @Test
  void check_tooManyLongSentences_reportsShareAtTheFirstLongOne() {
    ContentSet content = TestContent.in(project)
        .with("blog/post-een.md", post("Korte zin. Nog een korte zin.\n\n- " + LONG + "\n- Kort.\n\n" + LONG + "\n"))
        .load();

    assertEquals("content/blog/post-een.md:11:1: warning [readability.sentence-length] 40.0% of the sentences"
        + " (2 of 5) have more than 20 words; at most 25% may. Fix: split long sentences, starting with the one in"
        + " this block; one thought per sentence",
        String.join("\n", TestContent.check(rule, content)));
  }

  @Test
  void check_options_changeTheThresholds() {
    ContentSet content = TestContent.in(project)
        .with("blog/post-een.md", post("Korte zin. Nog een korte zin.\n\n" + LONG + "\n"))
        .load();

    assertEquals("", String.join("\n", TestContent.check(rule, new ReadabilitySentenceLengthRule.Options(25, 25), content)));
    assertEquals("", String.join("\n", TestContent.check(rule, new ReadabilitySentenceLengthRule.Options(20, 40), content)));
  }
}
