package nl.geokern.jsonld.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.geokern.jsonld.json.JsonLdWriter.Options;
import org.junit.jupiter.api.Test;

class FaqPageTest {

  private static FaqPage twoQuestions() {
    return FaqPage.builder()
        .url("https://example.nl/faq.html")
        .question("Wat kost een workshop?", "Een halve dag kost <b>€ 450</b> & een hele dag € 800.")
        .question("Komen jullie ook naar Utrecht?", "Ja, in de hele Randstad.")
        .build();
  }

  @Test
  void toJson_compactGolden() {
    assertEquals("{\"@context\":\"https://schema.org\",\"@id\":\"https://example.nl/faq.html#webpage\","
        + "\"@type\":\"FAQPage\",\"mainEntity\":[{\"@type\":\"Question\",\"acceptedAnswer\":"
        + "{\"@type\":\"Answer\",\"text\":\"Een halve dag kost \\u003cb\\u003e€ 450\\u003c/b\\u003e"
        + " \\u0026 een hele dag € 800.\"},\"name\":\"Wat kost een workshop?\"},"
        + "{\"@type\":\"Question\",\"acceptedAnswer\":{\"@type\":\"Answer\","
        + "\"text\":\"Ja, in de hele Randstad.\"},\"name\":\"Komen jullie ook naar Utrecht?\"}],"
        + "\"url\":\"https://example.nl/faq.html\"}", twoQuestions().toJson());
  }

  @Test
  void toScriptTag_prettyAsciiGolden() {
    assertEquals("""
        <script type="application/ld+json">
        {
          "@context": "https://schema.org",
          "@id": "https://example.nl/faq.html#webpage",
          "@type": "FAQPage",
          "mainEntity": [
            {
              "@type": "Question",
              "acceptedAnswer": {
                "@type": "Answer",
                "text": "Een halve dag kost \\u003cb\\u003e\\u20ac 450\\u003c/b\\u003e \\u0026 een hele dag \\u20ac 800."
              },
              "name": "Wat kost een workshop?"
            },
            {
              "@type": "Question",
              "acceptedAnswer": {
                "@type": "Answer",
                "text": "Ja, in de hele Randstad."
              },
              "name": "Komen jullie ook naar Utrecht?"
            }
          ],
          "url": "https://example.nl/faq.html"
        }
        </script>""", twoQuestions().toScriptTag(Options.of(true, true)));
  }

  @Test
  void toScriptTag_isCompactByDefault() {
    String tag = twoQuestions().toScriptTag();
    assertEquals("<script type=\"application/ld+json\">" + twoQuestions().toJson() + "</script>", tag);
  }

  @Test
  void toJsonLd_returnsFreshModifiableMap() {
    Map<String, Object> jsonLd = twoQuestions().toJsonLd();
    assertEquals("https://schema.org", jsonLd.get("@context"));
    jsonLd.put("inLanguage", "nl-NL");
    assertEquals(null, twoQuestions().toJsonLd().get("inLanguage"));
  }

  @Test
  void build_withoutUrlHasNoId() {
    FaqPage page = FaqPage.builder().question("V?", "A.").build();
    assertEquals("{\"@context\":\"https://schema.org\",\"@type\":\"FAQPage\",\"mainEntity\":"
        + "[{\"@type\":\"Question\",\"acceptedAnswer\":{\"@type\":\"Answer\",\"text\":\"A.\"},"
        + "\"name\":\"V?\"}]}", page.toJson());
  }

  @Test
  void build_keepsTextExactlyAsGiven() {
    FaqPage page = FaqPage.builder().question("  V?\n", "<p>A</p> ").build();
    assertEquals(List.of(FaqPage.Question.of("  V?\n", "<p>A</p> ")), page.questions());
  }

  @Test
  void build_withoutQuestionsIsRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> FaqPage.builder().build());
    assertEquals("a FAQPage needs at least one question; add one with question(question, answer)",
        e.getMessage());
  }

  @Test
  void question_blankAnswerIsRejectedWithPosition() {
    var builder = FaqPage.builder().question("Eerste?", "Ja.");
    var e = assertThrows(IllegalArgumentException.class, () -> builder.question("Tweede?", " \n"));
    assertEquals("FAQ question 2: answer is blank (\" \\n\"); expected the text as readers see it",
        e.getMessage());
  }

  @Test
  void question_blankQuestionIsRejected() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> FaqPage.builder().question("", "Ja."));
    assertEquals("FAQ question 1: question is blank (\"\"); expected the text as readers see it",
        e.getMessage());
  }

  @Test
  void question_nullIsRejected() {
    var e = assertThrows(NullPointerException.class, () -> FaqPage.builder().question(null, "Ja."));
    assertEquals("FAQ question 1: question", e.getMessage());
  }

  @Test
  void url_relativeIsRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> FaqPage.builder().url("faq.html"));
    assertEquals("FAQPage url \"faq.html\" is not absolute; expected an absolute http(s) URL such as"
        + " https://example.nl/blog/post.html", e.getMessage());
  }

  @Test
  void url_otherSchemeOrFragmentIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> FaqPage.builder().url("ftp://example.nl/"));
    assertThrows(IllegalArgumentException.class, () -> FaqPage.builder().url("https:///faq"));
    assertThrows(IllegalArgumentException.class, () -> FaqPage.builder().url("https://e.nl/a b"));
    var e = assertThrows(IllegalArgumentException.class,
        () -> FaqPage.builder().url("https://example.nl/faq.html#top"));
    assertEquals(true, e.getMessage().contains("has a #fragment"), e.getMessage());
  }

  @Test
  void constructor_copiesQuestions() {
    var list = new java.util.ArrayList<FaqPage.Question>();
    list.add(FaqPage.Question.of("V?", "A."));
    FaqPage page = FaqPage.of(Optional.empty(), list);
    list.clear();
    assertEquals(1, page.questions().size());
  }
}
