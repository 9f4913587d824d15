package nl.geokern.jsonld.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.geokern.jsonld.json.JsonLdWriter;
import org.junit.jupiter.api.Test;

class WebPageTest {

  private static final String URL = "https://example.nl/faq.html";

  @Test
  void toJsonLd_withQuestions_isAlsoAFaqPageWithTheQuestionsIds() {
    WebPage page = WebPage.builder(URL)
        .name("Vragen")
        .inLanguage("nl-NL")
        .question(FaqPage.Question.of("Wat kost het?", "€ 450.").withId(URL + "#kosten"))
        .build();
    assertEquals("{\"@id\":\"https://example.nl/faq.html#webpage\",\"@type\":[\"WebPage\",\"FAQPage\"],"
        + "\"inLanguage\":\"nl-NL\",\"mainEntity\":[{\"@id\":\"https://example.nl/faq.html#kosten\","
        + "\"@type\":\"Question\",\"acceptedAnswer\":{\"@type\":\"Answer\",\"text\":\"€ 450.\"},"
        + "\"name\":\"Wat kost het?\"}],\"name\":\"Vragen\",\"url\":\"https://example.nl/faq.html\"}",
        JsonLdWriter.write(page.toJsonLd(NodeForm.STANDALONE)));
  }

  @Test
  void toJsonLd_withoutQuestions_isAWebPageWithItsBreadcrumbAndDates() {
    BreadcrumbList trail = BreadcrumbList.of(URL, List.of(
        BreadcrumbList.Crumb.of("Home", "https://example.nl/"), BreadcrumbList.Crumb.of("Vragen", URL)));
    Map<String, Object> node = WebPage.builder(URL)
        .breadcrumb(trail)
        .datePublished(SchemaDate.startOfDay(LocalDate.of(2026, 1, 5), ZoneId.of("Europe/Amsterdam")))
        .dateModified(SchemaDate.of(LocalDate.of(2026, 2, 1)))
        .build()
        .toJsonLd(NodeForm.STANDALONE);
    assertEquals("WebPage", node.get("@type"));
    assertEquals("2026-01-05T00:00:00+01:00", node.get("datePublished"));
    assertEquals("2026-02-01", node.get("dateModified"));
    assertEquals("{\"@id\":\"https://example.nl/faq.html#breadcrumb\",\"@type\":\"BreadcrumbList\","
        + "\"itemListElement\":[{\"@type\":\"ListItem\",\"item\":\"https://example.nl/\",\"name\":\"Home\",\"position\":1},"
        + "{\"@type\":\"ListItem\",\"item\":\"https://example.nl/faq.html\",\"name\":\"Vragen\",\"position\":2}]}",
        JsonLdWriter.write(node.get("breadcrumb")));
  }

  @Test
  void build_modifiedBeforePublished_isRejected() {
    var builder = WebPage.builder(URL)
        .datePublished(SchemaDate.of(LocalDate.of(2026, 3, 2)))
        .dateModified(SchemaDate.of(LocalDate.of(2026, 3, 1)));
    var e = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals("WebPage dateModified 2026-03-01 is before datePublished 2026-03-02; expected the last change on or"
        + " after first publication", e.getMessage());
  }

  @Test
  void builder_urlWithFragment_isRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> WebPage.builder(URL + "#top"));
    assertEquals("WebPage url \"https://example.nl/faq.html#top\" has a #fragment; expected the page's URL, from"
        + " which geo derives the node ids ({url}#webpage, {url}#article)", e.getMessage());
  }

  @Test
  void breadcrumbList_withoutSteps_isRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> BreadcrumbList.of(URL, List.of()));
    assertEquals("a BreadcrumbList needs at least one step, from the home page to the page", e.getMessage());
  }
}
