package nl.geokern.core.rules;

import nl.geokern.core.TestContent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.geokern.core.model.ContentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostMetaDescriptionRuleTest {

  @TempDir Path tmp;

  final PostMetaDescriptionRule rule = new PostMetaDescriptionRule();

  static final String POST = """
      ---
      title: Post
      description: "Één café"
      datePublished: 2026-01-05
      ---
      # Post
      """;

  @Test
  void check_lengthInCodePointsWithinRange_noFinding() {
    ContentSet content = TestContent.forPosts(tmp).post("p.md", POST).load();
    assertEquals(List.of(), TestContent.check(rule, new PostMetaDescriptionRule.Options(8, 8), content));
  }

  @Test
  void check_tooShort_warningAtDescription() {
    ContentSet content = TestContent.forPosts(tmp).post("p.md", POST).load();
    assertEquals(List.of("content/blog/p.md:3:1: warning [post.meta-description] description has 8 characters;"
        + " expected 120–160. Fix: add 112 or more characters, e.g. who the post is for or what it answers"),
        TestContent.check(rule, content));
  }

  @Test
  void check_tooLong_warning() {
    ContentSet content = TestContent.forPosts(tmp).post("p.md", POST).load();
    assertEquals(List.of("content/blog/p.md:3:1: warning [post.meta-description] description has 8 characters;"
        + " expected 1–5. Fix: cut 3 or more characters; search results cut off the rest"),
        TestContent.check(rule, new PostMetaDescriptionRule.Options(1, 5), content));
  }

  @Test
  void check_missing_warningAtFileStart() {
    ContentSet content = TestContent.forPosts(tmp).post("p.md", POST.replace("description: \"Één café\"\n", "")).load();
    assertEquals(List.of("content/blog/p.md:1:1: warning [post.meta-description] the front matter has no description;"
        + " expected 120–160 characters. Fix: add 'description: …' with one or two sentences that say what the post"
        + " answers, 120–160 characters"), TestContent.check(rule, content));
  }
}
