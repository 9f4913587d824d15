package nl.geokern.core.report;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The four report formats of {@link ReportFixture} against their golden files. */
class ReportGoldenTest {

  @Test
  void console_matchesGolden() throws IOException {
    GoldenFiles.assertMatches("report.txt",
        String.join("\n", ConsoleReport.lines(ReportFixture.report())) + "\n");
  }

  @Test
  void json_matchesGolden() throws IOException {
    StringWriter out = new StringWriter();
    JsonReport.write(ReportFixture.report(), out);
    GoldenFiles.assertMatches("report.json", out.toString());
  }

  @Test
  void sarif_matchesGolden() throws IOException {
    StringWriter out = new StringWriter();
    SarifReport.write(ReportFixture.report(), out);
    GoldenFiles.assertMatches("report.sarif.json", out.toString());
  }

  @Test
  void html_matchesGolden() throws IOException {
    StringWriter out = new StringWriter();
    HtmlReport.write(ReportFixture.report(), out);
    GoldenFiles.assertMatches("report.html", out.toString());
  }
}
