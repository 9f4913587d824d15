package nl.geokern.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The report embedded in another page (the Maven site report) is the page's own content. */
class HtmlFragmentTest {

  private static String page(ValidationReport report) throws IOException {
    StringWriter out = new StringWriter();
    HtmlReport.write(report, out);
    return out.toString();
  }

  @Test
  void fragment_isThePagesBodyInOneDivWithoutAMainElement() throws IOException {
    ValidationReport report = ReportFixture.report();
    String page = page(report);
    String body = page.substring(page.indexOf("<body>\n") + 7, page.indexOf("</body>"));
    String expected = "<div class=\"geo-report\" lang=\"nl-NL\">\n"
        + body.replace("<main>\n", "<div class=\"main\">\n").replace("</main>\n", "</div>\n")
        + "</div>\n";
    String fragment = HtmlReport.fragment(report);
    assertEquals(expected, fragment);
    assertFalse(fragment.contains("<main"));
    assertFalse(fragment.contains("<style"));
  }

  @Test
  void fragment_keepsEverySectionAndChartId() {
    Document doc = Jsoup.parseBodyFragment(HtmlReport.fragment(ReportFixture.report()));
    Element root = doc.body().child(0);
    assertEquals("geo-report", root.className());
    for (String id : new String[] {"summary", "findings", "coverage-matrix", "calendar", "chart-clusters",
        "chart-readability", "chart-geo", "post-scores", "geo-basis"}) {
      assertEquals(1, root.select("#" + id).size(), id);
    }
  }

  @Test
  void fragmentStyle_isThePagesStyleScopedToTheFragment() {
    String style = HtmlReport.fragmentStyle();
    assertTrue(style.startsWith(".geo-report {\n"));
    assertTrue(style.endsWith("}\n"));
    assertFalse(style.contains(":root"));
    assertTrue(style.contains("& {\n  --ink: #1d2733;"), "the variables are set on the fragment's element");
    assertEquals(HtmlStyle.HOST_RESET + HtmlStyle.TEXT.replace(":root {", "& {"),
        style.substring(".geo-report {\n".length(), style.length() - "}\n".length()));
    assertTrue(style.indexOf(".label, .badge") < style.indexOf(".badge {"), "the host page's classes are reset first");
  }
}
