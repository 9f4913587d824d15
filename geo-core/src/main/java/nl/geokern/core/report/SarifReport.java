package nl.geokern.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
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
 * <p>One run. {@code tool.driver.rules} lists every rule id that occurs, each with a short and a
 * full description (from {@link ValidationReport#ruleDescriptions()}, else from the id's family)
 * and a {@code helpUri} into the rules documentation ({@link #RULES_DOC}). {@code originalUriBaseIds} defines {@value
 * #SRCROOT} as the project directory ({@link ValidationReport#basePath()}) as a {@code file:} URI;
 * each result's file is a URI relative to it with {@code uriBaseId} {@value #SRCROOT} (a file
 * outside the project keeps its absolute {@code file:} URI), and carries only the region parts
 * that are known. Code scanning then finds the files even when the project is not the
 * repository's root.
 */
public final class SarifReport {

  /** The JSON schema URI written as {@code $schema}: the OASIS SARIF 2.1.0 standard's schema. */
  public static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json";

  /** The SARIF version written. */
  public static final String VERSION = "2.1.0";

  /** geo's project home, written as {@code tool.driver.informationUri} unless the report names another. */
  public static final String PROJECT_HOME = "https://github.com/geokern/geo";

  /** The rules documentation; a rule's {@code helpUri} is this with {@code #} and the rule id. */
  public static final String RULES_DOC = PROJECT_HOME + "/blob/main/docs/rules.md";

  /** The URI base id of the project directory. */
  public static final String SRCROOT = "%SRCROOT%";

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
    gen.writeStringField("informationUri",
        report.toolInformationUri().isEmpty() ? PROJECT_HOME : report.toolInformationUri());
    gen.writeArrayFieldStart("rules");
    for (String id : ruleIds) {
      writeRule(gen, id, report.ruleDescriptions().get(id));
    }
    gen.writeEndArray();
    gen.writeEndObject();
    gen.writeEndObject();

    gen.writeObjectFieldStart("originalUriBaseIds");
    gen.writeObjectFieldStart(SRCROOT);
    gen.writeStringField("uri", baseUri(report.basePath()));
    gen.writeObjectFieldStart("description");
    gen.writeStringField("text", "The project directory.");
    gen.writeEndObject();
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

  /** The {@code file:} URI of the project directory, ending with {@code /} as SARIF requires. */
  static String baseUri(Path basePath) {
    String uri = basePath.toAbsolutePath().normalize().toUri().toASCIIString();
    return uri.endsWith("/") ? uri : uri + "/";
  }

  /**
   * Where the rule is documented: {@link #RULES_DOC} with the rule's id as the anchor, or, for a
   * finding of loading, configuration, JSON-LD or injection, its family's ({@code #load}, …).
   */
  static String helpUri(String ruleId) {
    return RULES_DOC + "#" + FindingFamily.of(ruleId).anchor(ruleId);
  }

  private static void writeRule(JsonGenerator gen, String id, String description) throws IOException {
    String shortText = description == null || description.isBlank() ? FindingFamily.of(id).summary()
        : description;
    gen.writeStartObject();
    gen.writeStringField("id", id);
    gen.writeObjectFieldStart("shortDescription");
    gen.writeStringField("text", shortText);
    gen.writeEndObject();
    gen.writeObjectFieldStart("fullDescription");
    gen.writeStringField("text", fullDescription(id, shortText));
    gen.writeEndObject();
    gen.writeStringField("helpUri", helpUri(id));
    gen.writeEndObject();
  }

  private static String fullDescription(String id, String shortText) {
    String first = shortText.endsWith(".") ? shortText : shortText + ".";
    return first + " " + FindingFamily.of(id).guidance();
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
      String uri = ReportPaths.uri(report.basePath(), span.path());
      gen.writeStringField("uri", uri);
      if (!uri.startsWith("file:")) {
        gen.writeStringField("uriBaseId", SRCROOT);
      }
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
