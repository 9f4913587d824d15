package nl.geokern.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {

  private static JsonNode parse() throws IOException {
    StringWriter out = new StringWriter();
    JsonReport.write(ReportFixture.report(), out);
    return new ObjectMapper().readTree(out.toString());
  }

  @Test
  void write_summaryHasRequiredIntegerKeys() throws IOException {
    JsonNode summary = parse().get("summary");
    for (String key : List.of("errors", "warnings", "infos", "posts", "faqItems",
        "personaQuestionsAnswered", "personaQuestionsTotal", "calendarWeeksComplete",
        "calendarWeeksTotal")) {
      assertTrue(summary.hasNonNull(key), key);
      assertTrue(summary.get(key).isInt(), key + " is an integer");
    }
    assertEquals(2, summary.get("errors").asInt());
    assertEquals(23, summary.get("faqItems").asInt());
    assertEquals(3, summary.get("personaQuestionsAnswered").asInt());
  }

  @Test
  void write_findingsHaveRelativeForwardSlashPathsAndTypedFields() throws IOException {
    JsonNode findings = parse().get("findings");
    assertTrue(findings.isArray());
    assertEquals(5, findings.size());
    for (JsonNode f : findings) {
      assertTrue(f.get("ruleId").isTextual());
      assertTrue(List.of("error", "warning", "info").contains(f.get("severity").asText()));
      assertTrue(f.get("line").isInt());
      assertTrue(f.get("column").isInt());
      assertTrue(f.get("message").isTextual());
      assertTrue(f.get("hint").isTextual());
      String path = f.get("path").asText();
      assertTrue(path.startsWith("content/"), path);
      assertFalse(path.contains("\\"), path);
    }
    JsonNode first = findings.get(0);
    assertEquals("post.length", first.get("ruleId").asText());
    assertEquals("content/blog/ai-mkb-snelle-wins.md", first.get("path").asText());
  }

  @Test
  void write_topLevelKeysInFixedOrder() throws IOException {
    List<String> keys = new ArrayList<>();
    parse().fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("tool", "project", "language", "generatedAt", "passed", "failOn",
        "summary", "findings", "coverage", "calendar", "clusters", "posts", "geoEvidenceBasis"),
        keys);
  }

  @Test
  void write_sectionsHaveExpectedShapes() throws IOException {
    JsonNode root = parse();
    JsonNode question = root.at("/coverage/personas/1/questions/1");
    assertEquals("roi", question.get("id").asText());
    assertFalse(question.get("answered").asBoolean());
    assertEquals(0, question.get("answeredBy").size());
    assertEquals("missing-post", root.at("/calendar/2/state").asText());
    assertEquals("2026-01-19", root.at("/calendar/2/date").asText());
    assertEquals(0, root.at("/clusters/1/posts").size());
    assertEquals(63.3, root.at("/posts/0/readability/score").asDouble());
    assertEquals(72, root.at("/posts/0/geoEvidence/score").asInt());
    assertEquals(4, root.at("/posts/0/geoEvidence/citations").asInt());
  }

  @Test
  void write_isDeterministic() throws IOException {
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    JsonReport.write(ReportFixture.report(), a);
    JsonReport.write(ReportFixture.report(), b);
    assertEquals(a.toString(), b.toString());
    assertFalse(a.toString().contains("\r"));
  }
}
