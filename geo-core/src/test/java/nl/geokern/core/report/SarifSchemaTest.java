package nl.geokern.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.load.LoadOptions;
import nl.geokern.core.model.SourceSpan;
import nl.geokern.core.validate.ContentValidation;
import nl.geokern.core.validate.ValidationRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SARIF geo writes against the OASIS SARIF 2.1.0 JSON schema (src/test/resources/sarif, see its
 * README for origin and licence), with networknt's validator.
 */
class SarifSchemaTest {

  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(text, InputFormat.JSON);
    }
  }

  private static String sarif(ValidationReport report) throws IOException {
    StringWriter out = new StringWriter();
    SarifReport.write(report, out);
    return out.toString();
  }

  private static void assertValid(String sarif) {
    List<Error> errors = schema.validate(sarif, InputFormat.JSON);
    assertEquals(List.of(), errors.stream().map(Error::toString).toList());
  }

  @Test
  void fixtureReport_isValidSarif() throws IOException {
    assertValid(sarif(ReportFixture.report()));
  }

  @Test
  void reportWithoutFindings_isValidSarif() throws IOException {
    assertValid(sarif(ValidationReport.builder().generatedAt(Instant.EPOCH).build()));
  }

  @Test
  void unknownSpansAndFilesOutsideTheProject_areValidSarif() throws IOException {
    ValidationReport report = ValidationReport.builder()
        .generatedAt(Instant.EPOCH)
        .basePath(ReportFixture.BASE)
        .findings(List.of(
            Finding.error("load.required", SourceSpan.UNKNOWN, "No site url", "Set url."),
            Finding.warning("post.length", SourceSpan.of(Path.of("blog/één post.md")), "m", ""),
            Finding.info("jsonld.pending", SourceSpan.of(Path.of("/elsewhere/page.html").toAbsolutePath(), 4, 0),
                "pending term", "")))
        .build();
    assertValid(sarif(report));
  }

  @Test
  void wholeValidationRun_isValidSarif() throws IOException, URISyntaxException {
    Path content = Path.of(SarifSchemaTest.class.getResource("/breaks/site.yaml").toURI()).getParent();
    ValidationReport report = ContentValidation.run(new ValidationRequest(
        LoadOptions.defaults(content).withBaseDirectory(content.getParent()),
        Optional.of(content.resolve("geo-rules.yaml")), LocalDate.of(2026, 11, 27), Severity.ERROR,
        "breaks", "0.1.0", Instant.parse("2026-11-27T12:00:00Z"))).report();
    String sarif = sarif(report);
    assertFalse(report.findings().isEmpty());
    assertValid(sarif);
  }

  @Test
  void schema_rejectsALevelSarifDoesNotKnow() throws IOException {
    String sarif = sarif(ReportFixture.report()).replaceFirst("\"level\": \"warning\"", "\"level\": \"fatal\"");
    List<Error> errors = schema.validate(sarif, InputFormat.JSON);
    assertTrue(errors.stream().anyMatch(e -> e.toString().contains("level")), errors.toString());
  }
}
