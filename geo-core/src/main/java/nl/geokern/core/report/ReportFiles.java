package nl.geokern.core.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import nl.geokern.jsonld.io.AtomicFiles;

/** Writes the JSON, SARIF and HTML reports into one folder, each file atomically. */
public final class ReportFiles {

  /** The JSON report's file name. */
  public static final String JSON = "geo-report.json";
  /** The SARIF 2.1.0 report's file name. */
  public static final String SARIF = "geo-report.sarif";
  /** The HTML report's file name. */
  public static final String HTML = "geo-report.html";

  private ReportFiles() {}

  /**
   * Writes the three reports into {@code directory}.
   *
   * @return the files, JSON, SARIF and HTML in that order
   */
  public static List<Path> write(ValidationReport report, Path directory) throws IOException {
    StringWriter json = new StringWriter();
    JsonReport.write(report, json);
    StringWriter sarif = new StringWriter();
    SarifReport.write(report, sarif);
    StringWriter html = new StringWriter();
    HtmlReport.write(report, html);
    Path jsonFile = directory.resolve(JSON);
    Path sarifFile = directory.resolve(SARIF);
    Path htmlFile = directory.resolve(HTML);
    AtomicFiles.writeAtomically(jsonFile, json.toString());
    AtomicFiles.writeAtomically(sarifFile, sarif.toString());
    AtomicFiles.writeAtomically(htmlFile, html.toString());
    return List.of(jsonFile, sarifFile, htmlFile);
  }
}
