package nl.geokern.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VisibleTextTest {

  private static final String PAGE = """
      <html><head><title>Head title</title></head><body>
      <h2>What does it&nbsp;cost?</h2>
      <p>It costs <b>€5</b>
         per   month.</p>
      <script>var secret = 1;</script><style>.x{}</style>
      <template><p>template text</p></template>
      <noscript>enable scripts</noscript>
      <div hidden>hidden attr</div>
      <div aria-hidden="true">aria hidden</div>
      <div style="display: none">display none</div>
      <div style="VISIBILITY:hidden">visibility hidden</div>
      <p>Stra\u00dfe caf\u0065\u0301</p>
      </body></html>""";

  @Test
  void text_excludesInvisibleContent() {
    assertEquals("what does it cost? it costs €5 per month. strasse café", VisibleText.of(PAGE).text());
  }

  @Test
  void contains_htmlNeedle_isNormalised() {
    VisibleText t = VisibleText.of(PAGE);
    assertTrue(t.contains("<p>It costs <strong>&euro;5</strong> per month.</p>"));
    assertTrue(t.contains("WHAT DOES IT COST?"));
    assertTrue(t.contains("STRASSE"));
    assertTrue(t.contains("caf\u00e9"));
    assertTrue(t.contains(""));
  }

  @Test
  void contains_hiddenText_isNotVisible() {
    VisibleText t = VisibleText.of(PAGE);
    for (String hidden : new String[] {"Head title", "secret", "template text", "enable scripts",
        "hidden attr", "aria hidden", "display none", "visibility hidden"}) {
      assertFalse(t.contains(hidden), hidden);
    }
  }

  @Test
  void of_parsedDocument_leavesTheDocumentAsItWas() {
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse("<body><p>Zichtbaar</p><p hidden>Verborgen</p>"
        + "<script>var x;</script></body>");
    String before = doc.outerHtml();
    VisibleText text = VisibleText.of(doc);
    org.junit.jupiter.api.Assertions.assertEquals("zichtbaar", text.text().toLowerCase(java.util.Locale.ROOT));
    org.junit.jupiter.api.Assertions.assertEquals(before, doc.outerHtml());
  }
}
