package nl.geokern.core.rules;

import nl.geokern.core.TestContent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.geokern.core.model.ContentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostLocalPlaceRuleTest {

  @TempDir Path tmp;

  final PostLocalPlaceRule rule = new PostLocalPlaceRule();

  static String post(String title, String intro, String h2) {
    return """
        ---
        title: "%s"
        datePublished: 2026-01-05
        intent: local
        ---
        # %s

        %s

        ## %s

        Later pas Amsterdam, te laat.
        """.formatted(title, title, intro, h2);
  }

  @Test
  void check_placeInSubheading_noFinding() {
    ContentSet content = TestContent.forPosts(tmp).post("lokaal.md", post("AI-hulp", "Inleiding.", "Workshops in den haag")).load();
    assertEquals(List.of(), TestContent.check(rule, content));
  }

  @Test
  void check_aliasInIntro_noFinding() {
    ContentSet content = TestContent.forPosts(tmp).post("lokaal.md", post("AI-hulp", "Hulp in Mokum.", "Deel")).load();
    assertEquals(List.of(), TestContent.check(rule, content));
  }

  @Test
  void check_onlyPartOfAWordOrInBody_error() {
    ContentSet content = TestContent.forPosts(tmp).post("lokaal.md", post("AI voor Amsterdammers", "Inleiding.", "Deel")).load();
    assertEquals(List.of("content/blog/lokaal.md:4:1: error [post.local-place] post has intent 'local' but names no"
        + " configured place in its title, intro or a subheading; places: Amsterdam, Den Haag. Fix: name the place the"
        + " post is for (e.g. 'Amsterdam') in the title or an H2, or add it to site.yaml's places"),
        TestContent.check(rule, content));
  }

  @Test
  void check_notLocal_noFinding() {
    ContentSet content = TestContent.forPosts(tmp)
        .post("info.md", post("AI", "Inleiding.", "Deel").replace("intent: local", "intent: informational")).load();
    assertEquals(List.of(), TestContent.check(rule, content));
  }
}
