package nl.geokern.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.geokern.core.graph.GraphOptions;
import nl.geokern.core.load.ContentLoader;
import nl.geokern.core.load.LoadResult;
import nl.geokern.core.model.ContentSet;
import nl.geokern.jsonld.json.JsonValues;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteEnricherTest {

  @TempDir Path tmp;
  Path content;
  Path site;

  @BeforeEach
  void copyFixture() throws IOException, URISyntaxException {
    Path fixture = Path.of(getClass().getResource("/graph-site/site.yaml").toURI()).getParent();
    content = tmp.resolve("content");
    try (Stream<Path> walk = Files.walk(fixture)) {
      for (Path p : walk.toList()) {
        Path target = content.resolve(fixture.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    site = tmp.resolve("site");
    Files.createDirectories(site.resolve("blog"));
    Files.writeString(site.resolve("blog/wat-kost-een-workshop.html"), """
        <!DOCTYPE html>
        <html><head><title>Wat kost een AI-workshop?</title></head>
        <body><h1>Wat kost een AI-workshop?</h1><h2>Veelgestelde vragen</h2>
        <h3>Is de lunch inbegrepen?</h3><p>Ja, bij een hele dag in Amsterdam.</p>
        <h3>Kan het ook online?</h3><p>Ja. Een online sessie duurt twee uur.</p></body></html>
        """);
    Files.writeString(site.resolve("faq.html"), """
        <html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage"}</script>
        </head><body>FAQ</body></html>
        """);
    Files.writeString(site.resolve("over-ons.html"), "<html><head></head><body>Over ons</body></html>");
  }

  private ContentSet load() {
    LoadResult r = ContentLoader.load(content);
    assertEquals(List.of(), r.findings());
    return r.content().orElseThrow();
  }

  private EnrichResult enrich(ContentSet c, String fingerprint) {
    return SiteEnricher.run(new EnrichRequest(c, site, new GraphOptions(ZoneId.of("Europe/Amsterdam")), true, 2,
        Optional.of(tmp.resolve("target/geo/inject-manifest.tsv")), fingerprint, Optional.of("content 1")));
  }

  @Test
  void graphsKey_codeFromClassFolders_isEmpty_soEveryGraphIsBuiltAndCompared() {
    // in this build geo-core and geo-jsonld are class folders, which have no stable stamp
    EnrichRequest request = new EnrichRequest(load(), site, GraphOptions.DEFAULTS, true, 1, Optional.empty(), "f",
        Optional.of("content 1"));
    assertEquals(Optional.empty(), SiteEnricher.graphsKey(request));
  }

  private static Document parse(Path page) throws IOException {
    return Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
  }

  @Test
  void run_injectsEveryPageAndReportsConflicts() throws IOException {
    EnrichResult result = enrich(load(), "v1");
    assertEquals("3 pages scanned, 3 changed, 0 unchanged, 0 without content, 0 failed", result.summary());
    assertEquals(List.of("site/faq.html:1:13: warning [inject.conflict] hand-written JSON-LD already has a FAQPage"
        + " node; with geo's graph the page now has two. Fix: remove the hand-written FAQPage from the page template,"
        + " or leave it and drop geo's graph for this page"),
        result.findings().stream().map(f -> f.toConsoleLine().replace(tmp.toString() + "/", "")).toList());
    Elements geo = parse(site.resolve("blog/wat-kost-een-workshop.html")).select("head > script[data-geo]");
    assertEquals(1, geo.size());
    String json = geo.get(0).data();
    assertTrue(json.contains("\"BlogPosting\"") && json.contains("\"FAQPage\""), json);
    assertEquals(java.util.Set.of("blog/voorbeeldcase.html"), result.missingPages());
  }

  @Test
  void run_secondRunChangesNothing() throws IOException {
    ContentSet c = load();
    enrich(c, "v1");
    byte[] before = Files.readAllBytes(site.resolve("over-ons.html"));
    EnrichResult second = enrich(c, "v1");
    assertEquals("3 pages scanned, 0 changed, 3 unchanged, 0 without content, 0 failed", second.summary());
    assertEquals(3, second.injection().skippedByManifest());
    assertEquals(java.util.Set.of("blog/voorbeeldcase.html"), second.missingPages()); // found without the pages' graphs
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(site.resolve("over-ons.html"))));
    EnrichResult third = enrich(c, "v2");
    assertEquals(0, third.injection().skippedByManifest());
    assertTrue(third.injection().manifestStatus().startsWith("fingerprint changed"), third.injection().manifestStatus());
  }

  @Test
  void run_answerWithScriptEndTag_staysInsideOneJsonLdScript() throws IOException {
    Path post = content.resolve("blog/wat-kost-een-workshop.md");
    // A code span: the page shows the tags as text, and the answer's plain text holds them verbatim.
    String evil = "Ja. `</script><script>alert(1)</script>`";
    Files.writeString(post, Files.readString(post).replace("Ja. Een online sessie duurt twee uur.", evil));
    enrich(load(), "v1");
    Document doc = parse(site.resolve("blog/wat-kost-een-workshop.html"));
    Elements scripts = doc.select("script");
    assertEquals(1, scripts.size(), doc.outerHtml());
    assertEquals("application/ld+json", scripts.get(0).attr("type"));
    String text = JsonLdAnswers.answers(JsonValues.parse(scripts.get(0).data())).get(1);
    assertEquals("Ja. </script><script>alert(1)</script>", text);
  }

  @Test
  void run_pageOfUnknownPost_isReportedMissing() throws IOException {
    Files.delete(site.resolve("blog/wat-kost-een-workshop.html"));
    EnrichResult result = enrich(load(), "v1");
    assertEquals(java.util.Set.of("blog/wat-kost-een-workshop.html", "blog/voorbeeldcase.html"), result.missingPages());
  }

  /** Reads the answers of the FAQPage in a parsed graph. */
  static final class JsonLdAnswers {
    @SuppressWarnings("unchecked")
    static List<String> answers(Object graph) {
      for (Object node : (List<Object>) ((Map<String, Object>) graph).get("@graph")) {
        Map<String, Object> n = (Map<String, Object>) node;
        if (n.get("mainEntity") instanceof List<?> questions) {
          return questions.stream()
              .map(q -> (String) ((Map<String, Object>) ((Map<String, Object>) q).get("acceptedAnswer")).get("text"))
              .toList();
        }
      }
      throw new AssertionError("no FAQ in " + graph);
    }
  }
}
