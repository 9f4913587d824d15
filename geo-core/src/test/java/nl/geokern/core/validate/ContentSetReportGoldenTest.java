package nl.geokern.core.validate;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.load.LoadOptions;
import nl.geokern.core.report.ConsoleReport;
import nl.geokern.core.report.GoldenFiles;
import nl.geokern.core.report.JsonReport;
import nl.geokern.core.report.SarifReport;
import nl.geokern.core.report.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins the console, JSON and SARIF output of a whole validation run over a real content set (the
 * one that breaks every rule once). Regenerate on purpose with {@code -Dgeo.updateGolden=true}.
 */
class ContentSetReportGoldenTest {

  static ValidationReport report;

  @BeforeAll
  static void validate() throws URISyntaxException {
    Path content = Path.of(ContentSetReportGoldenTest.class.getResource("/breaks/site.yaml").toURI()).getParent();
    report = ContentValidation.run(new ValidationRequest(
        LoadOptions.defaults(content).withBaseDirectory(content.getParent()),
        Optional.of(content.resolve("geo-rules.yaml")), LocalDate.of(2026, 11, 27), Severity.ERROR, "breaks",
        "0.1.0", Instant.parse("2026-11-27T12:00:00Z"))).report();
  }

  @Test
  void console_matchesGolden() throws IOException {
    GoldenFiles.assertMatches("content-set.txt", String.join("\n", ConsoleReport.lines(report)) + "\n");
  }

  @Test
  void json_matchesGolden() throws IOException {
    StringWriter out = new StringWriter();
    JsonReport.write(report, out);
    GoldenFiles.assertMatches("content-set.json", out.toString());
  }

  @Test
  void sarif_matchesGolden() throws IOException {
    StringWriter out = new StringWriter();
    SarifReport.write(report, out);
    // %SRCROOT% is this machine's folder: the golden file has a stand-in for it.
    String base = report.basePath().toAbsolutePath().normalize().toUri().toASCIIString();
    base = base.endsWith("/") ? base : base + "/";
    GoldenFiles.assertMatches("content-set.sarif.json", out.toString().replace(base, "file:///BASE/"));
  }
}
