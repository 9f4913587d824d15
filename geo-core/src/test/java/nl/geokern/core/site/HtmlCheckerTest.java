package nl.geokern.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.jsonld.validate.JsonLdValidator;
import org.junit.jupiter.api.Test;

class HtmlCheckerTest {

  private static List<String> check(String html) {
    return HtmlChecker.checkPage(html.getBytes(StandardCharsets.UTF_8), Path.of("site/faq.html"), JsonLdValidator.create())
        .stream()
        .filter(f -> f.severity() != Severity.INFO)
        .map(Finding::toConsoleLine)
        .toList();
  }

  private static final String FAQ = """
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[
      {"@type":"Question","name":"Wat kost het?","acceptedAnswer":{"@type":"Answer","text":"Een halve dag kost <b>450 euro</b>."}}]}</script>
      """;

  @Test
  void checkPage_visibleFaq_hasNoFindings() {
    assertEquals(List.of(), check("<html><head>" + FAQ + "</head><body><h2>Wat kost het?</h2>"
        + "<p>Een halve dag kost <strong>450  euro</strong>.</p></body></html>"));
  }

  @Test
  void checkPage_hiddenQuestion_isAnErrorNamingTheQuestion() {
    assertEquals(List.of("site/faq.html:1:13: error [jsonld.faq-not-visible] the question \"Wat kost het?\" is"
        + " marked up but not visible on the page. Fix: show the question on the page, or remove it from the FAQPage"
        + " markup (Google requires marked-up questions to be visible)"),
        check("<html><head>" + FAQ + "</head><body><div hidden><h2>Wat kost het?</h2></div>"
            + "<p>Een halve dag kost 450 euro.</p></body></html>"));
  }

  @Test
  void checkPage_answerTextDiffers_isAnError() {
    assertEquals(List.of("site/faq.html:1:13: error [jsonld.faq-not-visible] the answer to \"Wat kost het?\" is"
        + " marked up but its text is not visible on the page. Fix: make the marked-up answer text the same as the"
        + " answer the page shows"),
        check("<html><head>" + FAQ + "</head><body><h2>Wat kost het?</h2><p>Dat hangt ervan af.</p></body></html>"));
  }

  @Test
  void checkPage_twoFaqPages_isAnError() {
    List<String> lines = check("<html><head>" + FAQ + FAQ + "</head><body><h2>Wat kost het?</h2>"
        + "<p>Een halve dag kost 450 euro.</p></body></html>");
    assertEquals(List.of("site/faq.html:1:13: error [jsonld.faqpage-count] the page has 2 FAQPage nodes; a page may"
        + " have one. Fix: merge the questions into one FAQPage, or remove the hand-written one"), lines);
  }

  @Test
  void checkPage_brokenJson_isReportedAtItsLine() {
    List<String> lines = check("<html><head>\n<script type=\"application/ld+json\">\n{\"@type\": \"WebPage\",,}\n"
        + "</script></head><body></body></html>");
    assertEquals(1, lines.size(), lines.toString());
    assertEquals(true, lines.get(0).startsWith("site/faq.html:3:"), lines.get(0));
    assertEquals(true, lines.get(0).contains("error [jsonld.syntax]"), lines.get(0));
  }

  @Test
  void checkPage_misspelledProperty_isReportedWithSuggestion() {
    List<String> lines = check("<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
        + "\"@type\":\"BlogPosting\",\"headline\":\"x\",\"datePublishd\":\"2026-01-05\"}</script></head></html>");
    assertEquals(true, lines.stream().anyMatch(l -> l.contains("[jsonld.unknown-property]")
        && l.contains("datePublishd") && l.contains("datePublished")), lines.toString());
  }
}
