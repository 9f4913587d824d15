package nl.geokern.jsonld.validate;

import static nl.geokern.jsonld.validate.Fixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Unknown types and properties, properties on the wrong type, and term status. */
class VocabularyChecksTest {

  @Test
  void validate_validBlogPostingHasNoVocabularyFindings() {
    String json = """
        {"@context": "https://schema.org", "@type": "BlogPosting", "@id": "https://ex.nl/blog/a#article",
         "headline": "AI voor het MKB", "datePublished": "2026-03-19T09:30:00+01:00",
         "dateModified": "2026-03-20", "image": "https://ex.nl/a.png",
         "author": {"@type": "Person", "name": "Anne", "url": "https://ex.nl/anne"}}
        """;
    assertEquals(List.of(), validate(json));
  }

  @Test
  void validate_unknownTypeIsAnErrorWithSuggestion() {
    String json = """
        {"@context": "https://schema.org", "@type": "BlogPostng", "@id": "#post"}
        """;
    assertEquals(List.of(JsonLdIssue.error("jsonld.unknown-type",
            "BlogPostng <#post>: @type \"BlogPostng\" is not a schema.org 30.0 type",
            "did you mean \"BlogPosting\"?")),
        validate(json, JsonLdValidator.UNKNOWN_TYPE));
  }

  @Test
  void validate_enumerationMemberAsTypeIsExplained() {
    String json = """
        {"@context": "https://schema.org", "@type": "InStock"}
        """;
    assertEquals(List.of(JsonLdIssue.error("jsonld.unknown-type",
            "InStock: @type \"InStock\" is not a schema.org 30.0 type (it is an enumeration member, a value, not a type)",
            "Use it as a property value, e.g. \"https://schema.org/InStock\", and pick a type for the node.")),
        validate(json, JsonLdValidator.UNKNOWN_TYPE));
  }

  @Test
  void validate_unknownPropertyIsAnErrorWithSuggestion() {
    String json = """
        {"@context": "https://schema.org", "@type": "BlogPosting", "@id": "#post", "datePublishd": "2026-03-19"}
        """;
    assertEquals(List.of(JsonLdIssue.error("jsonld.unknown-property",
            "BlogPosting <#post>: property \"datePublishd\" is not a schema.org 30.0 property",
            "did you mean \"datePublished\"?")),
        validate(json, JsonLdValidator.UNKNOWN_PROPERTY));
  }

  @Test
  void validate_propertyNotOnTypeIsAnError() {
    String json = """
        {"@context": "https://schema.org", "@type": "Organization", "@id": "#org", "birthDate": "1990-01-01"}
        """;
    assertEquals(List.of(JsonLdIssue.error("jsonld.property-not-on-type",
            "Organization <#org>: property \"birthDate\" is not allowed on Organization (nor on its supertypes);"
                + " expected a node of type Person",
            "Move \"birthDate\" to a node of a type it belongs to, or change the node's @type.")),
        validate(json, JsonLdValidator.PROPERTY_NOT_ON_TYPE));
  }

  @Test
  void validate_propertyAllowedOnAnyOfSeveralTypesPasses() {
    String json = """
        {"@context": "https://schema.org", "@type": ["WebPage", "FAQPage"], "@id": "#page",
         "mainEntity": [], "breadcrumb": {"@id": "#crumbs"}, "name": "FAQ"}
        """;
    assertEquals(List.of(), validate(json, JsonLdValidator.PROPERTY_NOT_ON_TYPE));
  }

  @Test
  void validate_supersededPropertyWarnsWithReplacement() {
    String json = """
        {"@context": "https://schema.org", "@type": "Movie", "@id": "#m", "actors": {"@type": "Person", "name": "A"}}
        """;
    assertEquals(List.of(JsonLdIssue.warning("jsonld.superseded",
            "Movie <#m>: property \"actors\" is superseded by \"actor\"", "Use \"actor\" instead.")),
        validate(json, JsonLdValidator.SUPERSEDED));
  }

  @Test
  void validate_pendingTypeWarns() {
    String json = """
        {"@context": "https://schema.org", "@type": "3DModel", "@id": "#model"}
        """;
    assertEquals(List.of(JsonLdIssue.warning("jsonld.pending",
            "3DModel <#model>: type \"3DModel\" is pending on schema.org 30.0 (proposed, not yet part of the core vocabulary)",
            "Pending terms may change or disappear; keep it only if consumers you target read it.")),
        validate(json, JsonLdValidator.PENDING));
  }

  @Test
  void validate_retiredTermWarns() {
    nl.geokern.jsonld.vocab.Vocabulary vocab = nl.geokern.jsonld.vocab.Vocabulary.parse("""
        geo-vocab\t1
        release\t9.0
        T\tThing\t-\t-\tstable\t-
        T\tOldThing\tThing\t-\tretired\t-
        P\tname\tThing\tText\tstable\t-
        """);
    List<JsonLdIssue> findings = JsonLdValidator.of(vocab).validate(
        nl.geokern.jsonld.json.JsonValues.parse("{\"@context\": \"https://schema.org\", \"@type\": \"OldThing\"}"));
    assertEquals(List.of(JsonLdIssue.warning("jsonld.retired",
            "OldThing: type \"OldThing\" is retired to the schema.org attic",
            "Remove it or replace it with a current term.")),
        findings);
  }

  @Test
  void validate_moreThanOneFaqPageIsAnError() {
    String json = """
        {"@context": "https://schema.org", "@graph": [
          {"@type": "FAQPage", "@id": "#faq1", "mainEntity": []},
          {"@type": "FAQPage", "@id": "#faq2", "mainEntity": []}]}
        """;
    assertEquals(List.of(JsonLdIssue.error("jsonld.faqpage-count",
            "2 FAQPage nodes in one page (FAQPage <#faq1>; FAQPage <#faq2>); expected at most one FAQPage per page",
            "Merge the questions into one FAQPage node whose mainEntity lists every Question, "
                + "and mark up each question once site-wide.")),
        validate(json, JsonLdValidator.FAQPAGE_COUNT));
  }
}
