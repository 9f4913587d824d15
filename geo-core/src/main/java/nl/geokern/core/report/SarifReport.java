package nl.geokern.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.model.SourceSpan;
import nl.geokern.core.report.internal.Json;
import nl.geokern.core.report.internal.ReportPaths;

/**
 * The findings as a SARIF 2.1.0 log, so code-scanning tools (GitHub, IDEs) show them inline.
 *
 * <p>One run; {@code tool.driver.rules} lists every rule id that occurs, with the description from
 * {@link ValidationReport#ruleDescriptions()} (or a generic one); each result points at its file by
 * a project-relative URI and carries only the region parts that are known.
 */
public final class SarifReport {

  /** The JSON schema URI written as {@code $schema}. */
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  /** The SARIF version written. */
  public static final String VERSION = "2.1.0";

  private SarifReport() {}

  /** Writes the log to {@code out} (which is flushed, not closed). */
  public static void write(ValidationReport report, Writer out) throws IOException {
    List<String> ruleIds =
        new ArrayList<>(new TreeSet<>(report.findings().stream().map(Finding::ruleId).toList()));
    JsonGenerator gen = Json.open(out);
    gen.writeStartObject();
    gen.writeStringField("$schema", SCHEMA);
    gen.writeStringField("version", VERSION);
    gen.writeArrayFieldStart("runs");
    gen.writeStartObject();

    gen.writeObjectFieldStart("tool");
    gen.writeObjectFieldStart("driver");
    gen.writeStringField("name", report.toolName());
    if (!report.toolVersion().isEmpty()) {
      gen.writeStringField("version", report.toolVersion());
    }
    if (!report.toolInformationUri().isEmpty()) {
      gen.writeStringField("informationUri", report.toolInformationUri());
    }
    gen.writeArrayFieldStart("rules");
    for (String id : ruleIds) {
      gen.writeStartObject();
      gen.writeStringField("id", id);
      gen.writeObjectFieldStart("shortDescription");
      gen.writeStringField(
          "text", report.ruleDescriptions().getOrDefault(id, "geo rule " + id + "."));
      gen.writeEndObject();
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
    gen.writeEndObject();

    gen.writeArrayFieldStart("results");
    for (Finding f : report.findings()) {
      writeResult(gen, report, f, ruleIds.indexOf(f.ruleId()));
    }
    gen.writeEndArray();

    gen.writeEndObject();
    gen.writeEndArray();
    gen.writeEndObject();
    Json.finish(gen, out);
  }

  private static void writeResult(JsonGenerator gen, ValidationReport report, Finding f, int index)
      throws IOException {
    gen.writeStartObject();
    gen.writeStringField("ruleId", f.ruleId());
    gen.writeNumberField("ruleIndex", index);
    gen.writeStringField("level", level(f.severity()));
    gen.writeObjectFieldStart("message");
    gen.writeStringField("text", text(f));
    gen.writeEndObject();
    SourceSpan span = f.span();
    if (span.isKnown()) {
      gen.writeArrayFieldStart("locations");
      gen.writeStartObject();
      gen.writeObjectFieldStart("physicalLocation");
      gen.writeObjectFieldStart("artifactLocation");
      gen.writeStringField("uri", ReportPaths.uri(report.basePath(), span.path()));
      gen.writeEndObject();
      if (span.line() > 0) {
        gen.writeObjectFieldStart("region");
        gen.writeNumberField("startLine", span.line());
        if (span.column() > 0) {
          gen.writeNumberField("startColumn", span.column());
        }
        gen.writeEndObject();
      }
      gen.writeEndObject();
      gen.writeEndObject();
      gen.writeEndArray();
    }
    gen.writeEndObject();
  }

  /** SARIF's level for a severity: {@code error}, {@code warning} or {@code note}. */
  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private static String text(Finding f) {
    if (f.hint().isEmpty()) {
      return f.message();
    }
    String m = f.message();
    boolean ends = m.endsWith(".") || m.endsWith("?") || m.endsWith("!");
    return m + (ends ? "" : ".") + " Fix: " + f.hint();
  }
}
