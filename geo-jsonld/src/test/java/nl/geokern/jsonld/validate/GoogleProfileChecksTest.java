package nl.geokern.jsonld.validate;

import static nl.geokern.jsonld.validate.Fixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Google's Article and FAQPage profiles. */
class GoogleProfileChecksTest {

  private static final String ARTICLE_DOC =
      "see https://developers.google.com/search/docs/appearance/structured-data/article.";
  private static final String FAQ_DOC =
      "see https://developers.google.com/search/docs/appearance/structured-data/faqpage.";

  @Test
  void validate_articleMissingRecommendedWarns() {
    String json = """
        {"@context": "https://schema.org", "@type": "BlogPosting", "@id": "#post", "headline": "AI",
         "datePublished": "2026-03-19", "dateModified": "2026-03-19", "image": "https://ex.nl/a.png",
         "author": {"@type": "Person", "name": "Anne"}}
        """;
    assertEquals(List.of(JsonLdIssue.warning("google.article.missing-recommended",
            "Person at author (author of BlogPosting <#post>): recommended property \"url\" is missing"
                + " (Google Article profile, checked 2026-11-27)",
            "Add \"url\"; " + ARTICLE_DOC)),
        validate(json, "google.article.missing-recommended"));
  }

  @Test
  void validate_completeFaqPageOnlyGetsTheRetirementInfo() {
    String json = """
        {"@context": "https://schema.org", "@type": "FAQPage", "@id": "#faq", "mainEntity": [
          {"@type": "Question", "name": "Wat kost AI?", "acceptedAnswer": {"@type": "Answer", "text": "Weinig."}}]}
        """;
    assertEquals(List.of(JsonLdIssue.info("google.faqpage.retired",
            "FAQPage <#faq>: Google no longer shows FAQ rich results (limited to well-known government and health"
                + " sites in August 2023, retired in May 2026); answer engines still read FAQPage markup",
            "Keep the markup for answer engines; do not expect a FAQ rich result (profile checked 2026-11-27: "
                + "https://developers.google.com/search/docs/appearance/structured-data/faqpage).")),
        validate(json));
  }

  @Test
  void validate_faqPageWithoutMainEntityIsAnError() {
    String json = """
        {"@context": "https://schema.org", "@type": "FAQPage", "@id": "#faq"}
        """;
    assertEquals(List.of(JsonLdIssue.error("google.faqpage.missing-required",
            "FAQPage <#faq>: required property \"mainEntity\" is missing (Google FAQ profile, checked 2026-11-27)",
            "Add \"mainEntity\"; " + FAQ_DOC)),
        validate(json, "google.faqpage.missing-required"));
  }

  @Test
  void validate_questionNeedsNameAndOneAnswerWithText() {
    String json = """
        {"@context": "https://schema.org", "@graph": [
          {"@type": "FAQPage", "@id": "#faq", "mainEntity": [{"@id": "#q1"}]},
          {"@type": "Question", "@id": "#q1", "acceptedAnswer": [
            {"@type": "Answer", "text": "Ja."}, {"@type": "Answer", "@id": "#a2"}]}]}
        """;
    assertEquals(List.of(
            JsonLdIssue.error("google.faqpage.missing-required",
                "Question <#q1> (mainEntity of FAQPage <#faq>): required property \"name\" is missing"
                    + " (Google FAQ profile, checked 2026-11-27)",
                "Add \"name\"; " + FAQ_DOC),
            JsonLdIssue.error("google.faqpage.count",
                "Question <#q1> (mainEntity of FAQPage <#faq>): \"acceptedAnswer\" has 2 values; expected exactly one"
                    + " (Google FAQ profile, checked 2026-11-27)",
                "Keep one \"acceptedAnswer\" and drop the others."),
            JsonLdIssue.error("google.faqpage.missing-required",
                "Answer <#a2> (acceptedAnswer of Question <#q1>): required property"
                    + " \"text\" is missing (Google FAQ profile, checked 2026-11-27)",
                "Add \"text\"; " + FAQ_DOC)),
        validate(json).stream().filter(f -> f.ruleId().startsWith("google.faqpage.") && !f.ruleId().endsWith("retired")).toList());
  }

  @Test
  void validate_mainEntityThatIsNoQuestionIsAnError() {
    String json = """
        {"@context": "https://schema.org", "@type": "FAQPage", "@id": "#faq", "mainEntity": "Wat kost AI?"}
        """;
    assertEquals(List.of(JsonLdIssue.error("google.faqpage.type",
            "FAQPage <#faq>: mainEntity = \"Wat kost AI?\"; expected a Question node (Google FAQ profile, checked 2026-11-27)",
            "Make each mainEntity value a node with \"@type\": \"Question\".")),
        validate(json, "google.faqpage.type"));
  }
}
