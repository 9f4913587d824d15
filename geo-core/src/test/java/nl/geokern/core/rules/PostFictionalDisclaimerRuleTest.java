package nl.geokern.core.rules;

import nl.geokern.core.TestContent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.geokern.core.model.ContentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostFictionalDisclaimerRuleTest {

  @TempDir Path tmp;

  final PostFictionalDisclaimerRule rule = new PostFictionalDisclaimerRule();

  static final String POST = """
      ---
      title: Case
      datePublished: 2026-01-05
      fictional: true
      ---
      # Case

      %s

      ## Het bedrijf

      Dit bedrijf is fictief.
      """;

  @Test
  void check_quotedDisclaimerBeforeFirstH2_noFinding() {
    ContentSet content = TestContent.forPosts(tmp).post("case.md", POST.formatted("> Dit is een VOORBEELDCASE.")).load();
    assertEquals(List.of(), TestContent.check(rule, content));
  }

  @Test
  void check_disclaimerOnlyAfterFirstH2_errorAtFictional() {
    ContentSet content = TestContent.forPosts(tmp).post("case.md", POST.formatted("Een mooi verhaal.")).load();
    assertEquals(List.of("content/blog/case.md:4:1: error [post.fictional-disclaimer] post is marked 'fictional: true'"
        + " but has no disclaimer before the first H2; expected a quote or paragraph containing one of: voorbeeldcase,"
        + " fictief, fictieve, fictional, illustratief. Fix: add a line under the title, e.g. '> Dit is een"
        + " voorbeeldcase: het bedrijf en de cijfers zijn fictief.'"), TestContent.check(rule, content));
  }

  @Test
  void check_notFictional_noFinding() {
    ContentSet content = TestContent.forPosts(tmp)
        .post("case.md", POST.formatted("Een mooi verhaal.").replace("fictional: true", "fictional: false")).load();
    assertEquals(List.of(), TestContent.check(rule, content));
  }
}
