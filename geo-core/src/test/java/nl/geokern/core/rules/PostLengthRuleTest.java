package nl.geokern.core.rules;

import nl.geokern.core.TestContent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.geokern.core.model.ContentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostLengthRuleTest {

  @TempDir Path tmp;

  static final String POST = """
      ---
      title: Kort
      datePublished: 2026-01-05
      ---
      # Kort

      Een twee drie vier vijf zes.
      """;

  final PostLengthRule rule = new PostLengthRule();

  @Test
  void check_lengthWithinRange_noFinding() {
    ContentSet content = TestContent.forPosts(tmp).post("kort.md", POST).load();
    assertEquals(List.of(), TestContent.check(rule, new PostLengthRule.Options(5, 10), content));
  }

  @Test
  void check_tooShort_errorAtH1WithCount() {
    ContentSet content = TestContent.forPosts(tmp).post("kort.md", POST).load();
    assertEquals(List.of("content/blog/kort.md:5:1: error [post.length] the body has 7 words; a post needs 1000–1800."
        + " Fix: write about 993 more words, e.g. a section that answers a related question"),
        TestContent.check(rule, content));
  }

  @Test
  void check_tooLong_errorWithExcess() {
    ContentSet content = TestContent.forPosts(tmp).post("kort.md", POST).load();
    assertEquals(List.of("content/blog/kort.md:5:1: error [post.length] the body has 7 words; a post needs 1–5."
        + " Fix: cut about 2 words, or split the post into two posts"),
        TestContent.check(rule, new PostLengthRule.Options(1, 5), content));
  }

  @Test
  void options_maxBelowMin_rejected() {
    var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new PostLengthRule.Options(10, 5));
    assertEquals("min must be 0 or more and max at least min, found min 10, max 5", e.getMessage());
  }
}
