package nl.geokern.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.SearchIntent;
import org.junit.jupiter.api.Test;

/** Loads the example content plan (personas, clusters, calendar, FAQ, one post a week). */
class PlanContentTest {

  static Path planDirectory() {
    try {
      return Path.of(PlanContentTest.class.getResource("/plan/site.yaml").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void load_contentPlan_hasNoFindings() {
    LoadResult result = ContentLoader.load(planDirectory());

    assertEquals("", String.join("\n", result.findings().stream().map(f -> f.toConsoleLine()).toList()));
    ContentSet content = result.content().orElseThrow();
    assertEquals(4, content.personas().size());
    assertEquals(5, content.clusters().size());
    assertEquals(12, content.calendar().size());
    assertEquals(12, content.posts().size());
    assertTrue(content.faqItems().size() >= 20, "FAQ items: " + content.faqItems().size());
    assertEquals(14, content.personaQuestions().size());
  }

  @Test
  void load_contentPlan_resolvesLookups() {
    ContentSet content = ContentLoader.load(planDirectory()).content().orElseThrow();

    assertEquals(SearchIntent.LOCAL, content.week(8).orElseThrow().intent().orElseThrow());
    assertEquals("ai-amsterdam-randstad", content.week(8).orElseThrow().postSlug());
    assertTrue(content.post("ai-amsterdam-randstad").isPresent());
    assertEquals("kritische-beslisser", content.personaQuestion("roi-verwachten").orElseThrow().personaId());
    assertEquals("Amsterdam", content.site().place("amsterdam").orElseThrow().name());
    assertEquals("blog/ai-amsterdam-randstad.html", content.post("ai-amsterdam-randstad").orElseThrow().url());
    assertEquals(3, content.post("ai-mkb-snelle-wins").orElseThrow().body().faq().orElseThrow().pairs().size());
  }
}
