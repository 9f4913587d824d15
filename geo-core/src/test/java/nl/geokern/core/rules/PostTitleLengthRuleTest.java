package nl.geokern.core.rules;

import nl.geokern.core.TestContent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.geokern.core.model.ContentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostTitleLengthRuleTest {

  @TempDir Path tmp;

  final PostTitleLengthRule rule = new PostTitleLengthRule();

  static final String POST = """
      ---
      title: "%s"
      datePublished: 2026-01-05
      ---
      # Post
      """;

  @Test
  void check_sixtyCharacters_noFinding() {
    ContentSet content = TestContent.forPosts(tmp).post("p.md", POST.formatted("é".repeat(60))).load();
    assertEquals(List.of(), TestContent.check(rule, content));
  }

  @Test
  void check_sixtyOneCharacters_warningAtTitle() {
    String title = "AI-workshops voor het MKB in Amsterdam: prijzen en formats 26";
    ContentSet content = TestContent.forPosts(tmp).post("p.md", POST.formatted(title)).load();
    assertEquals(List.of("content/blog/p.md:2:1: warning [post.title-length] title has 61 characters; at most 60 fit"
        + " in search results: '" + title + "'. Fix: shorten the title by 1 character, keeping the keyphrase at the"
        + " start"), TestContent.check(rule, content));
  }
}
