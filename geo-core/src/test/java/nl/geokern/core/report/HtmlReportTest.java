package nl.geokern.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.geokern.core.report.internal.Html;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  private static String html() throws IOException {
    StringWriter out = new StringWriter();
    HtmlReport.write(ReportFixture.report(), out);
    return out.toString();
  }

  @Test
  void write_isOneHtml5DocumentInTheContentLanguage() throws IOException {
    String html = html();
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"nl-NL\">"));
    assertTrue(html.endsWith("</html>\n"));
    assertTrue(html.contains("<meta charset=\"utf-8\">"));
  }

  @Test
  void write_referencesNoExternalResources() throws IOException {
    String html = html();
    assertFalse(html.contains("http://"), "no http:// anywhere");
    // The only https URL allowed would be a plain <a href>; this report has none.
    assertFalse(html.contains("https://"), "no https:// anywhere");
    assertFalse(Pattern.compile("(?i)\\bsrc\\s*=").matcher(html).find(), "no src=");
    assertFalse(Pattern.compile("(?i)@import").matcher(html).find(), "no @import");
    assertFalse(Pattern.compile("(?i)url\\(").matcher(html).find(), "no url(");
    assertFalse(Pattern.compile("(?i)<link\\b").matcher(html).find(), "no <link>");
    assertFalse(Pattern.compile("(?i)<script\\b").matcher(html).find(), "no <script>");
    Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    while (href.find()) {
      assertTrue(href.group(1).startsWith("#"), "only in-page links: " + href.group(1));
    }
  }

  @Test
  void write_escapesUserText() throws IOException {
    String html = html();
    assertTrue(html.contains("starts with &lt;script&gt;alert(1)&lt;/script&gt; instead"));
    assertTrue(html.contains("Welke ROI mag ik verwachten? &lt;b&gt;écht&lt;/b&gt;"));
    assertTrue(html.contains("&amp; &lt;our&gt; reading."));
    assertTrue(html.contains("Café-terrasvergaderingen"), "non-ASCII kept as UTF-8");
    assertFalse(html.contains("<b>"));
  }

  @Test
  void write_everyTagIsAKnownElement() throws IOException {
    // Every "<" in the page opens one of the report's own tags: user text cannot add any.
    Set<String> allowed = Set.of("!DOCTYPE", "html", "head", "meta", "title", "style", "body",
        "header", "div", "p", "h1", "h2", "h3", "span", "ul", "ol", "li", "nav", "a", "main",
        "section", "table", "thead", "tbody", "tr", "th", "td", "code", "time", "svg", "desc",
        "line", "text", "g", "rect", "figure", "figcaption", "br", "aside", "strong", "footer");
    Matcher tag = Pattern.compile("<(/?)([!A-Za-z][A-Za-z0-9]*)").matcher(html());
    while (tag.find()) {
      assertTrue(allowed.contains(tag.group(2)), "unexpected tag " + tag.group(2));
    }
  }

  @Test
  void write_hasStableChartIdsAndAccessibleSvg() throws IOException {
    String html = html();
    for (String id : List.of("summary", "status-badge", "findings", "coverage-matrix", "calendar",
        "chart-clusters", "chart-readability", "chart-geo", "post-scores", "geo-basis")) {
      assertTrue(html.contains("id=\"" + id + "\""), id);
    }
    assertTrue(html.contains("<svg class=\"chart\" id=\"chart-clusters\""));
    assertEquals(3, count(html, "<svg "));
    assertEquals(3, count(html, "<title id=\"chart-"));
    assertTrue(html.contains(">Heuristic<"));
  }

  @Test
  void write_showsStatesWithTextAndColourClasses() throws IOException {
    String html = html();
    assertTrue(html.contains("class=\"badge fail\""));
    assertTrue(html.contains("<li class=\"week complete\" id=\"week-1\">"));
    assertTrue(html.contains("<li class=\"week missing-faq\" id=\"week-2\">"));
    assertTrue(html.contains("<li class=\"week missing-post\" id=\"week-3\">"));
    assertTrue(html.contains("<li class=\"week future\" id=\"week-4\">"));
    assertTrue(html.contains("<tr class=\"unanswered\" id=\"q-roi\">"));
    assertTrue(html.contains("✗ not answered"));
  }

  @Test
  void write_isDeterministic() throws IOException {
    assertEquals(html(), html());
  }

  @Test
  void escape_replacesAllMarkupCharacters() {
    assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
        Html.escape("<a href=\"x\" title='y'>&</a>"));
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void write_reportWithoutContent_showsFindingsOnly() throws IOException {
    ValidationReport checks = ValidationReport.builder()
        .projectName("site")
        .generatedAt(java.time.Instant.parse("2026-11-27T12:00:00Z"))
        .basePath(java.nio.file.Path.of("."))
        .findings(ReportFixture.report().findings())
        .build();
    java.io.StringWriter out = new java.io.StringWriter();
    HtmlReport.write(checks, out);
    String html = out.toString();
    assertTrue(html.contains("id=\"findings\""), "findings are shown");
    for (String absent : List.of("id=\"coverage-matrix\"", "id=\"calendar\"", "id=\"chart-clusters\"",
        "persona questions answered", "calendar weeks complete")) {
      assertFalse(html.contains(absent), absent + " is not shown without content");
    }
  }
}
