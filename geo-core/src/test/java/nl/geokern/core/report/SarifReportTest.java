package nl.geokern.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.model.SourceSpan;
import org.junit.jupiter.api.Test;

class SarifReportTest {

  private static JsonNode sarif(ValidationReport report) throws IOException {
    StringWriter out = new StringWriter();
    SarifReport.write(report, out);
    return new ObjectMapper().readTree(out.toString());
  }

  @Test
  void write_hasSchemaVersionAndOneRun() throws IOException {
    JsonNode root = sarif(ReportFixture.report());
    assertEquals("https://json.schemastore.org/sarif-2.1.0.json", root.get("$schema").asText());
    assertEquals("2.1.0", root.get("version").asText());
    assertEquals(1, root.get("runs").size());
    JsonNode driver = root.at("/runs/0/tool/driver");
    assertEquals("geo", driver.get("name").asText());
    assertEquals("0.1.0", driver.get("version").asText());
    assertEquals("https://example.org/geo", driver.get("informationUri").asText());
  }

  @Test
  void write_everyResultRuleIsDeclaredWithADescription() throws IOException {
    JsonNode run = sarif(ReportFixture.report()).at("/runs/0");
    JsonNode rules = run.at("/tool/driver/rules");
    Set<String> declared = new HashSet<>();
    for (JsonNode rule : rules) {
      declared.add(rule.get("id").asText());
      assertFalse(rule.at("/shortDescription/text").asText().isBlank());
    }
    assertEquals(Set.of("faq.count", "faq.direct-answer", "faq.local-terms", "post.length",
        "sources.statistic"), declared);
    assertEquals("A post ends with 3–5 FAQ pairs.",
        rules.get(0).at("/shortDescription/text").asText());
    for (JsonNode result : run.get("results")) {
      String id = result.get("ruleId").asText();
      assertTrue(declared.contains(id), id);
      assertEquals(id, rules.get(result.get("ruleIndex").asInt()).get("id").asText());
      assertTrue(List.of("error", "warning", "note").contains(result.get("level").asText()));
      assertTrue(result.at("/message/text").asText().contains(" Fix: "));
    }
  }

  @Test
  void write_locationsAreRelativeAndOmitUnknownRegionParts() throws IOException {
    JsonNode results = sarif(ReportFixture.report()).at("/runs/0/results");
    JsonNode first = results.get(0).at("/locations/0/physicalLocation");
    assertEquals("content/blog/ai-mkb-snelle-wins.md", first.at("/artifactLocation/uri").asText());
    assertEquals(1, first.at("/region/startLine").asInt());
    assertEquals(1, first.at("/region/startColumn").asInt());
    JsonNode info = results.get(4);
    assertEquals("note", info.get("level").asText());
    JsonNode region = info.at("/locations/0/physicalLocation/region");
    assertEquals(40, region.get("startLine").asInt());
    assertFalse(region.has("startColumn"));
  }

  @Test
  void write_unknownSpanHasNoLocationAndUnknownRuleGetsGenericDescription() throws IOException {
    ValidationReport report = ValidationReport.builder()
        .generatedAt(Instant.EPOCH)
        .findings(List.of(
            Finding.error("site.url", SourceSpan.UNKNOWN, "No site url", "Set url."),
            Finding.warning("x", SourceSpan.of(Path.of("blog/één post.md")), "m", "")))
        .build();
    JsonNode run = sarif(report).at("/runs/0");
    assertEquals("geo rule site.url.", run.at("/tool/driver/rules/0/shortDescription/text").asText());
    assertFalse(run.at("/tool/driver").has("informationUri"));
    JsonNode results = run.get("results");
    assertFalse(results.get(0).has("locations"));
    assertEquals("No site url. Fix: Set url.", results.get(0).at("/message/text").asText());
    JsonNode loc = results.get(1).at("/locations/0/physicalLocation");
    assertEquals("blog/%C3%A9%C3%A9n%20post.md", loc.at("/artifactLocation/uri").asText());
    assertFalse(loc.has("region"));
  }
}
