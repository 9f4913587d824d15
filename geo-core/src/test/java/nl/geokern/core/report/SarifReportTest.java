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
    assertEquals("https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json",
        root.get("$schema").asText());
    assertEquals("2.1.0", root.get("version").asText());
    assertEquals(1, root.get("runs").size());
    JsonNode driver = root.at("/runs/0/tool/driver");
    assertEquals("geo", driver.get("name").asText());
    assertEquals("0.1.0", driver.get("version").asText());
    assertEquals("https://example.org/geo", driver.get("informationUri").asText());
  }

  @Test
  void write_everyResultRuleIsDeclaredWithDescriptionsAndHelpUri() throws IOException {
    JsonNode run = sarif(ReportFixture.report()).at("/runs/0");
    JsonNode rules = run.at("/tool/driver/rules");
    Set<String> declared = new HashSet<>();
    for (JsonNode rule : rules) {
      String id = rule.get("id").asText();
      declared.add(id);
      String shortText = rule.at("/shortDescription/text").asText();
      assertFalse(shortText.isBlank());
      assertTrue(rule.at("/fullDescription/text").asText().startsWith(shortText), id);
      assertEquals("https://github.com/geokern/geo/blob/main/docs/rules.md#" + id,
          rule.get("helpUri").asText());
    }
    assertEquals(Set.of("faq.count", "faq.direct-answer", "faq.local-terms", "post.length",
        "sources.statistic"), declared);
    assertEquals("A post ends with 3–5 FAQ pairs.", rules.get(0).at("/shortDescription/text").asText());
    assertEquals("A post ends with 3–5 FAQ pairs. An editorial rule of geo: its severity and options"
        + " are set in geo-rules.yaml, where it can also be switched off.",
        rules.get(0).at("/fullDescription/text").asText());
    for (JsonNode result : run.get("results")) {
      String id = result.get("ruleId").asText();
      assertTrue(declared.contains(id), id);
      assertEquals(id, rules.get(result.get("ruleIndex").asInt()).get("id").asText());
      assertTrue(List.of("error", "warning", "note").contains(result.get("level").asText()));
      assertTrue(result.at("/message/text").asText().contains(" Fix: "));
    }
  }

  @Test
  void write_locationsAreRelativeToTheProjectBaseId() throws IOException {
    JsonNode run = sarif(ReportFixture.report()).at("/runs/0");
    String base = ReportFixture.BASE.toUri().toASCIIString();
    assertEquals(base.endsWith("/") ? base : base + "/", run.at("/originalUriBaseIds/%SRCROOT%/uri").asText());
    assertTrue(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText().startsWith("file:///"));
    JsonNode results = run.get("results");
    for (JsonNode result : results) {
      assertEquals("%SRCROOT%", result.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText());
    }
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
  void write_fileOutsideTheProject_keepsItsAbsoluteUriWithoutBaseId() throws IOException {
    Path outside = Path.of("/elsewhere/content/faq.yaml").toAbsolutePath();
    ValidationReport report = ValidationReport.builder()
        .generatedAt(Instant.EPOCH)
        .basePath(ReportFixture.BASE)
        .findings(List.of(Finding.error("load.yaml", SourceSpan.of(outside, 3, 1), "bad YAML", "")))
        .build();
    JsonNode location = sarif(report).at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
    assertEquals(outside.toUri().toASCIIString(), location.get("uri").asText());
    assertFalse(location.has("uriBaseId"));
  }

  @Test
  void write_unknownSpanHasNoLocationAndRulesWithoutDescriptionGetTheirFamilys() throws IOException {
    ValidationReport report = ValidationReport.builder()
        .generatedAt(Instant.EPOCH)
        .findings(List.of(
            Finding.error("load.required", SourceSpan.UNKNOWN, "No site url", "Set url."),
            Finding.warning("x", SourceSpan.of(Path.of("blog/één post.md")), "m", "")))
        .build();
    JsonNode run = sarif(report).at("/runs/0");
    assertEquals("The content cannot be read as written.",
        run.at("/tool/driver/rules/0/shortDescription/text").asText());
    assertTrue(run.at("/tool/driver/rules/0/fullDescription/text").asText()
        .contains("nothing is written until it is fixed"));
    assertEquals("A geo editorial rule.", run.at("/tool/driver/rules/1/shortDescription/text").asText());
    assertEquals(SarifReport.PROJECT_HOME, run.at("/tool/driver/informationUri").asText());
    JsonNode results = run.get("results");
    assertFalse(results.get(0).has("locations"));
    assertEquals("No site url. Fix: Set url.", results.get(0).at("/message/text").asText());
    JsonNode loc = results.get(1).at("/locations/0/physicalLocation");
    assertEquals("blog/%C3%A9%C3%A9n%20post.md", loc.at("/artifactLocation/uri").asText());
    assertEquals("%SRCROOT%", loc.at("/artifactLocation/uriBaseId").asText());
    assertFalse(loc.has("region"));
  }

  @Test
  void baseUri_endsWithASlash() {
    assertTrue(SarifReport.baseUri(Path.of("does-not-exist")).endsWith("/does-not-exist/"));
    assertTrue(SarifReport.baseUri(Path.of("")).endsWith("/"));
  }
}
