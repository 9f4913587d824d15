package nl.geokern.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.report.internal.Json;

/**
 * The report as one pretty-printed JSON document with keys in a fixed order, for dashboards and
 * other tools.
 *
 * <p>Top-level keys, in order: {@code tool}, {@code project}, {@code language}, {@code
 * generatedAt}, {@code passed}, {@code summary}, {@code findings}, {@code coverage}, {@code
 * calendar}, {@code clusters}, {@code posts}, {@code geoEvidenceBasis}. Finding paths are relative
 * to the project with forward slashes; line and column are 0 when unknown.
 */
public final class JsonReport {

  private JsonReport() {}

  /** Writes the report to {@code out} (which is flushed, not closed). */
  public static void write(ValidationReport report, Writer out) throws IOException {
    JsonGenerator gen = Json.open(out);
    gen.writeStartObject();
    gen.writeObjectFieldStart("tool");
    gen.writeStringField("name", report.toolName());
    gen.writeStringField("version", report.toolVersion());
    gen.writeEndObject();
    gen.writeStringField("project", report.projectName());
    gen.writeStringField("language", report.language());
    gen.writeStringField("generatedAt", report.generatedAt().toString());
    gen.writeBooleanField("passed", report.passed());
    gen.writeStringField("failOn", report.failOn().label());
    writeSummary(gen, report.summary());
    writeFindings(gen, report);
    writeCoverage(gen, report);
    writeCalendar(gen, report);
    writeClusters(gen, report);
    writePosts(gen, report);
    gen.writeStringField("geoEvidenceBasis", report.geoEvidenceBasis());
    gen.writeEndObject();
    Json.finish(gen, out);
  }

  private static void writeSummary(JsonGenerator gen, Summary s) throws IOException {
    gen.writeObjectFieldStart("summary");
    gen.writeNumberField("errors", s.errors());
    gen.writeNumberField("warnings", s.warnings());
    gen.writeNumberField("infos", s.infos());
    gen.writeNumberField("posts", s.posts());
    gen.writeNumberField("faqItems", s.faqItems());
    gen.writeNumberField("personaQuestionsAnswered", s.personaQuestionsAnswered());
    gen.writeNumberField("personaQuestionsTotal", s.personaQuestionsTotal());
    gen.writeNumberField("calendarWeeksComplete", s.calendarWeeksComplete());
    gen.writeNumberField("calendarWeeksTotal", s.calendarWeeksTotal());
    gen.writeEndObject();
  }

  private static void writeFindings(JsonGenerator gen, ValidationReport report) throws IOException {
    gen.writeArrayFieldStart("findings");
    for (Finding f : report.findings()) {
      gen.writeStartObject();
      gen.writeStringField("ruleId", f.ruleId());
      gen.writeStringField("severity", f.severity().label());
      gen.writeStringField("path", report.shownPath(f.span().path()));
      gen.writeNumberField("line", f.span().line());
      gen.writeNumberField("column", f.span().column());
      gen.writeStringField("message", f.message());
      gen.writeStringField("hint", f.hint());
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  private static void writeCoverage(JsonGenerator gen, ValidationReport report) throws IOException {
    gen.writeObjectFieldStart("coverage");
    gen.writeArrayFieldStart("personas");
    for (PersonaCoverage p : report.personas()) {
      gen.writeStartObject();
      gen.writeStringField("id", p.id());
      gen.writeStringField("name", p.name());
      gen.writeNumberField("answered", p.answeredCount());
      gen.writeNumberField("total", p.questions().size());
      gen.writeArrayFieldStart("questions");
      for (QuestionCoverage q : p.questions()) {
        gen.writeStartObject();
        gen.writeStringField("id", q.id());
        gen.writeStringField("text", q.text());
        gen.writeBooleanField("answered", q.answered());
        writeStrings(gen, "answeredBy", q.answeredBy());
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  private static void writeCalendar(JsonGenerator gen, ValidationReport report) throws IOException {
    gen.writeArrayFieldStart("calendar");
    for (WeekState w : report.calendar()) {
      gen.writeStartObject();
      gen.writeNumberField("week", w.week());
      gen.writeStringField("date", w.date().toString());
      gen.writeStringField("post", w.postSlug());
      gen.writeStringField("postTitle", w.postTitle());
      gen.writeBooleanField("postPresent", w.postPresent());
      gen.writeBooleanField("faqUpdatePresent", w.faqUpdatePresent());
      gen.writeBooleanField("complete", w.complete());
      gen.writeBooleanField("future", w.future());
      gen.writeStringField("state", w.status().id());
      gen.writeNumberField("findings", w.findings());
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  private static void writeClusters(JsonGenerator gen, ValidationReport report) throws IOException {
    gen.writeArrayFieldStart("clusters");
    for (ClusterCoverage c : report.clusters()) {
      gen.writeStartObject();
      gen.writeStringField("id", c.id());
      gen.writeStringField("name", c.name());
      gen.writeStringField("intent", c.intent());
      writeStrings(gen, "posts", c.postSlugs());
      writeStrings(gen, "faqItems", c.faqItemIds());
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  private static void writePosts(JsonGenerator gen, ValidationReport report) throws IOException {
    gen.writeArrayFieldStart("posts");
    for (PostScore p : report.posts()) {
      gen.writeStartObject();
      gen.writeStringField("slug", p.slug());
      gen.writeStringField("title", p.title());
      gen.writeStringField("path", report.shownPath(p.path()));
      gen.writeNumberField("words", p.words());
      gen.writeObjectFieldStart("readability");
      Json.writeDecimal(gen, "score", p.readabilityScore());
      gen.writeStringField("scale", p.readabilityScale());
      Json.writeDecimal(gen, "longSentencePercent", p.longSentencePercent());
      gen.writeEndObject();
      gen.writeObjectFieldStart("geoEvidence");
      gen.writeNumberField("score", p.geoScore());
      EvidenceCounts e = p.evidence();
      gen.writeNumberField("sourcedStatistics", e.sourcedStatistics());
      gen.writeNumberField("quotations", e.quotations());
      gen.writeNumberField("citations", e.citations());
      gen.writeNumberField("answerFirstQuestionHeadings", e.answerFirstQuestionHeadings());
      gen.writeNumberField("placeMentions", e.placeMentions());
      gen.writeEndObject();
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  private static void writeStrings(JsonGenerator gen, String name, List<String> values)
      throws IOException {
    gen.writeArrayFieldStart(name);
    for (String v : values) {
      gen.writeString(v);
    }
    gen.writeEndArray();
  }
}
