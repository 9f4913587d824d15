package nl.geokern.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import nl.geokern.core.report.internal.Html;
import org.junit.jupiter.api.Test;

class HtmlEscapeTest {

  @Test
  void escape_leavesNoMarkupCharactersAndRoundTrips() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 60)).checkAssert(s -> {
      String e = Html.escape(s);
      assertFalse(e.contains("<") || e.contains(">") || e.contains("\"") || e.contains("'"), e);
      String back = e.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
          .replace("&#39;", "'").replace("&amp;", "&");
      assertEquals(s, back);
    });
  }
}
