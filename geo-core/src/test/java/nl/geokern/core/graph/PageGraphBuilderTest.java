package nl.geokern.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.load.ContentLoader;
import nl.geokern.core.load.LoadResult;
import nl.geokern.core.model.ContentSet;
import nl.geokern.jsonld.json.JsonLdWriter;
import nl.geokern.jsonld.validate.JsonLdIssue;
import nl.geokern.jsonld.validate.JsonLdValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Golden graphs of a blog post with a FAQ, the FAQ page and a plain page. Regenerate on purpose with
 * {@code mvn test -pl geo-core -am -Dgeo.updateGolden=true}.
 */
class PageGraphBuilderTest {

  static ContentSet content;
  static PageGraphBuilder builder;

  @BeforeAll
  static void load() throws URISyntaxException {
    Path dir = Path.of(PageGraphBuilderTest.class.getResource("/graph-site/site.yaml").toURI()).getParent();
    LoadResult result = ContentLoader.load(dir);
    assertEquals(List.of(), result.findings());
    content = result.content().orElseThrow();
    builder = PageGraphBuilder.create(content, new GraphOptions(ZoneId.of("Europe/Amsterdam")));
  }

  @Test
  void post_withFaq_matchesGolden() throws IOException {
    assertGolden("post-with-faq.jsonld", builder.post(content.post("wat-kost-een-workshop").orElseThrow()));
  }

  @Test
  void faqPage_matchesGolden() throws IOException {
    assertGolden("faq-page.jsonld", builder.faqPage());
  }

  @Test
  void plainPage_matchesGolden() throws IOException {
    assertGolden("plain-page.jsonld", builder.plainPage("over-ons.html", "Over ons", Optional.empty()));
  }

  @Test
  void exampleSite_everyPageGraphMatchesGolden() throws IOException {
    LoadResult result = ContentLoader.load(Path.of("../geo-examples/src/content"));
    assertEquals(List.of(), result.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList());
    ContentSet example = result.content().orElseThrow();
    PageGraphBuilder graphs = PageGraphBuilder.create(example, new GraphOptions(ZoneId.of("Europe/Amsterdam")));
    Map<String, Object> pages = new LinkedHashMap<>();
    for (var post : example.posts()) {
      pages.put(post.url(), graphs.post(post));
    }
    pages.put(example.site().faqPage().url(), graphs.faqPage());
    pages.put("index.html", graphs.plainPage(""));
    pages.put("over-ons.html", graphs.plainPage("over-ons.html"));
    pages.put("home with title", graphs.plainPage("", "Home", Optional.empty()));
    pages.put("contact with title", graphs.plainPage("contact.html", "Contact", Optional.of("Bel of mail ons.")));
    pages.put("graph-site voorbeeldcase", builder.post(content.post("voorbeeldcase").orElseThrow()));
    assertGolden("example-site.jsonld", pages);
  }

  @Test
  void siteNodes_sameOnEveryPage_aPageChangingItsGraphLeavesTheOthersAlone() {
    String fresh = JsonLdWriter.write(PageGraphBuilder.create(content, new GraphOptions(ZoneId.of("Europe/Amsterdam")))
        .plainPage("over-ons.html"));
    Map<String, Object> post = builder.post(content.post("wat-kost-een-workshop").orElseThrow());
    @SuppressWarnings("unchecked")
    Map<String, Object> organization = (Map<String, Object>) ((List<?>) post.get("@graph")).get(0);
    organization.put("name", "changed");
    builder.faqPage();
    assertEquals(fresh, JsonLdWriter.write(builder.plainPage("over-ons.html")));
  }

  @Test
  void everyGraph_isValidSchemaOrgWithResolvedReferences() {
    List<Map<String, Object>> graphs = List.of(
        builder.post(content.post("wat-kost-een-workshop").orElseThrow()),
        builder.post(content.post("voorbeeldcase").orElseThrow()),
        builder.faqPage(),
        builder.plainPage("over-ons.html", "Over ons", Optional.empty()),
        builder.plainPage("", "Home", Optional.empty()));
    JsonLdValidator validator = JsonLdValidator.create();
    for (Map<String, Object> graph : graphs) {
      List<JsonLdIssue> problems = validator.validate(graph).stream()
          .filter(f -> f.severity() != JsonLdIssue.Severity.INFO)
          .toList();
      assertEquals(List.of(), problems, JsonLdWriter.write(graph, JsonLdWriter.Options.PRETTY));
      Set<String> ids = new HashSet<>();
      List<String> refs = new ArrayList<>();
      collect(graph, ids, refs);
      for (String ref : refs) {
        assertTrue(ids.contains(ref), "unresolved reference " + ref);
      }
    }
  }

  @Test
  void fictionalPost_hasNoReviewOrCustomerNodes() {
    String json = JsonLdWriter.write(builder.post(content.post("voorbeeldcase").orElseThrow()));
    for (String type : List.of("Review", "AggregateRating", "Rating", "\"customer\"", "Testimonial")) {
      assertFalse(json.contains(type), type + " in " + json);
    }
  }

  @Test
  void post_datesWithoutTimeGetTheConfiguredZone() {
    Map<String, Object> graph = builder.post(content.post("wat-kost-een-workshop").orElseThrow());
    String json = JsonLdWriter.write(graph);
    assertTrue(json.contains("\"datePublished\":\"2026-09-07T00:00:00+02:00\""), json);
    assertTrue(json.contains("\"dateModified\":\"2026-09-10T14:30:00+02:00\""), json);
  }

  @SuppressWarnings("unchecked")
  private static void collect(Object value, Set<String> ids, List<String> refs) {
    if (value instanceof Map<?, ?> map) {
      Object id = map.get("@id");
      if (id instanceof String s) {
        if (map.size() == 1) {
          refs.add(s);
        } else {
          ids.add(s);
        }
      }
      for (Object v : map.values()) {
        collect(v, ids, refs);
      }
    } else if (value instanceof List<?> list) {
      for (Object v : list) {
        collect(v, ids, refs);
      }
    }
  }

  static void assertGolden(String name, Object jsonLd) throws IOException {
    String actual = JsonLdWriter.write(jsonLd, JsonLdWriter.Options.PRETTY) + "\n";
    Path golden = Path.of("src/test/resources/golden").resolve(name);
    if (Boolean.getBoolean("geo.updateGolden")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(golden), golden + " is missing; create it with -Dgeo.updateGolden=true");
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
        name + " differs from its golden file; if the change is intended, rerun with -Dgeo.updateGolden=true");
  }
}
