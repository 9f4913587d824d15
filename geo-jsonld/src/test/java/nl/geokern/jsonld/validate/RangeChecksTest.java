package nl.geokern.jsonld.validate;

import static nl.geokern.jsonld.validate.Fixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Values against the property's range, with the leniencies for text, URLs and enumerations. */
class RangeChecksTest {

  private static String offer(String property, String valueJson) {
    return "{\"@context\": \"https://schema.org\", \"@type\": \"Offer\", \"@id\": \"#offer\", \""
        + property + "\": " + valueJson + "}";
  }

  @Test
  void validate_textThatParsesAsTheRangeIsAccepted() {
    assertEquals(List.of(), validate(offer("price", "\"12.50\"")));
    assertEquals(List.of(), validate(offer("price", "12.5")));
    assertEquals(List.of(), validate(offer("validFrom", "\"2026-03-19T09:00:00Z\"")));
    assertEquals(List.of(), validate(offer("url", "\"https://ex.nl/p\"")));
    assertEquals(List.of(), validate(offer("availability", "\"https://schema.org/InStock\"")));
    assertEquals(List.of(), validate(offer("availability", "\"InStock\"")));
  }

  @Test
  void validate_badDateIsAnError() {
    String json = """
        {"@context": "https://schema.org", "@type": "BlogPosting", "@id": "#post", "datePublished": "gisteren"}
        """;
    assertEquals(List.of(JsonLdIssue.error("jsonld.range",
            "BlogPosting <#post>: datePublished = \"gisteren\" is outside its range; expected Date or DateTime",
            "Write datePublished as an ISO 8601 date (2026-03-19) or an ISO 8601 date-time (2026-03-19T09:30:00+01:00).")),
        validate(json, JsonLdValidator.RANGE));
  }

  @Test
  void validate_textThatIsNoNumberIsAnError() {
    List<JsonLdIssue> findings = validate("""
        {"@context": "https://schema.org", "@type": "Book", "@id": "#b", "numberOfPages": "veel"}
        """, JsonLdValidator.RANGE);
    assertEquals(List.of(JsonLdIssue.error("jsonld.range",
            "Book <#b>: numberOfPages = \"veel\" is outside its range; expected Integer",
            "Write numberOfPages as a whole number (12).")),
        findings);
  }

  @Test
  void validate_unknownEnumerationMemberIsAnError() {
    assertEquals(List.of(JsonLdIssue.error("jsonld.range",
            "Offer <#offer>: availability = \"https://schema.org/InStok\" is outside its range;"
                + " expected an ItemAvailability member",
            "Write availability as an ItemAvailability member such as \"https://schema.org/BackOrder\","
                + " \"https://schema.org/Discontinued\", \"https://schema.org/InStock\".")),
        validate(offer("availability", "\"https://schema.org/InStok\""), JsonLdValidator.RANGE));
  }

  @Test
  void validate_plainTextForThingIsAWarning() {
    String json = """
        {"@context": "https://schema.org", "@type": "BlogPosting", "@id": "#post", "author": "Anne de Vries"}
        """;
    assertEquals(List.of(JsonLdIssue.warning("jsonld.range-text",
            "BlogPosting <#post>: author = \"Anne de Vries\" is plain text; expected an Organization node or a Person node",
            "Write a node, e.g. {\"@type\": \"Organization\", \"name\": \"Anne de Vries\"}, "
                + "so that consumers know what the text names.")),
        validate(json, JsonLdValidator.RANGE_TEXT));
  }

  @Test
  void validate_urlStringForRangeWithUrlIsAccepted() {
    String json = """
        {"@context": "https://schema.org", "@type": "BlogPosting", "@id": "#post", "image": "https://ex.nl/a.png"}
        """;
    assertEquals(List.of(), validate(json, JsonLdValidator.RANGE_TEXT));
  }

  @Test
  void validate_nestedNodeOfWrongTypeIsAnError() {
    String json = """
        {"@context": "https://schema.org", "@type": "BlogPosting", "@id": "#post",
         "author": {"@type": "Place", "name": "Utrecht"}}
        """;
    assertEquals(List.of(JsonLdIssue.error("jsonld.range",
            "BlogPosting <#post>: author = a Place node, which is outside its range; expected an Organization node or a Person node",
            "Give the value a type author accepts (Organization, Person or a subtype), or use another property.")),
        validate(json, JsonLdValidator.RANGE));
  }

  @Test
  void validate_nestedSubtypeFitsTheRange() {
    String json = """
        {"@context": "https://schema.org", "@type": "BlogPosting", "@id": "#post",
         "publisher": {"@type": "ProfessionalService", "name": "Geokern"}}
        """;
    assertEquals(List.of(), validate(json, JsonLdValidator.RANGE));
  }
}
