package nl.geokern.jsonld.validate;

import static nl.geokern.jsonld.validate.Fixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** @id references, @context forms and terms of other vocabularies. */
class ReferenceAndContextTest {

  @Test
  void validate_referenceToNodeInGraphResolves() {
    String json = """
        {"@context": "https://schema.org/", "@graph": [
          {"@type": "BlogPosting", "@id": "https://ex.nl/a#article", "author": {"@id": "https://ex.nl/#anne"}},
          {"@type": "Person", "@id": "https://ex.nl/#anne", "name": "Anne"}]}
        """;
    assertEquals(List.of(), validate(json, JsonLdValidator.UNRESOLVED_ID));
    assertEquals(List.of(), validate(json, JsonLdValidator.EXTERNAL_ID));
  }

  @Test
  void validate_unresolvedFragmentReferenceWarns() {
    String json = """
        {"@context": "https://schema.org", "@type": "BlogPosting", "@id": "https://ex.nl/a#article",
         "publisher": {"@id": "https://ex.nl/a#org"}}
        """;
    assertEquals(List.of(JsonLdIssue.warning("jsonld.unresolved-id",
            "BlogPosting <https://ex.nl/a#article>: publisher refers to \"https://ex.nl/a#org\", which no node in this document defines",
            "Add a node with \"@id\": \"https://ex.nl/a#org\" to the graph, or correct the reference.")),
        validate(json, JsonLdValidator.UNRESOLVED_ID));
  }

  @Test
  void validate_referenceToOtherDocumentIsInfo() {
    String json = """
        {"@context": "https://schema.org", "@type": "Book", "@id": "#book", "author": {"@id": "http://viaf.org/viaf/17823"}}
        """;
    assertEquals(List.of(JsonLdIssue.info("jsonld.external-id",
            "Book <#book>: author refers to \"http://viaf.org/viaf/17823\", which is not defined in this document",
            "Fine when another page or document defines that node; otherwise add it here.")),
        validate(json, JsonLdValidator.EXTERNAL_ID));
  }

  @Test
  void validate_acceptsEverySpellingOfTheSchemaOrgContext() {
    for (String context : List.of("\"https://schema.org\"", "\"http://schema.org\"", "\"https://schema.org/\"",
        "{\"@vocab\": \"https://schema.org/\"}", "[\"https://schema.org\", {\"@language\": \"nl\"}]")) {
      String json = "{\"@context\": " + context + ", \"@type\": \"Person\", \"nmae\": \"x\"}";
      assertEquals(1, validate(json, JsonLdValidator.UNKNOWN_PROPERTY).size(), context);
    }
  }

  @Test
  void validate_skipsTermsOfOtherVocabularies() {
    String json = """
        {"@context": ["https://schema.org", {"gs1": "https://ref.gs1.org/voc/"}],
         "@type": ["Product", "gs1:Product"], "name": "Stoel", "gs1:netContent": "1",
         "http://purl.org/dc/terms/title": "Stoel"}
        """;
    assertEquals(List.of(), validate(json));
  }

  @Test
  void validate_otherVocabularyAsVocabIsSkipped() {
    String json = """
        {"@context": {"@vocab": "http://xmlns.com/foaf/0.1/"}, "@type": "Person", "nick": "anne"}
        """;
    assertEquals(List.of(), validate(json));
  }

  @Test
  void validate_schemaPrefixedTermsAreChecked() {
    String json = """
        {"@context": {"schema": "https://schema.org/"}, "@type": "schema:Person", "schema:nmae": "Anne"}
        """;
    assertEquals(List.of("jsonld.unknown-property"), validate(json).stream().map(JsonLdIssue::ruleId).toList());
  }

  @Test
  void validate_missingContextWarnsAndReadsSchemaOrg() {
    assertEquals(List.of(JsonLdIssue.warning("jsonld.missing-context",
            "Person: no @context; read as https://schema.org",
            "Add \"@context\": \"https://schema.org\" to the top-level object.")),
        validate("{\"@type\": \"Person\", \"name\": \"Anne\"}"));
  }
}
