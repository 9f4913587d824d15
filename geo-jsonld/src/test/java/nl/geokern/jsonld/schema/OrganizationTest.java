package nl.geokern.jsonld.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import nl.geokern.jsonld.json.JsonLdWriter;
import nl.geokern.jsonld.json.JsonLdWriter.Options;
import org.junit.jupiter.api.Test;

class OrganizationTest {

  @Test
  void toJsonLd_localBusinessWithAddressAndAreaServed_prettyGolden() {
    Organization org = Organization.builder("Kanaalkracht AI")
        .id("https://example.nl/#organization")
        .type("ProfessionalService")
        .url("https://example.nl/")
        .telephone("+31 20 000 0000")
        .address(new PostalAddress("Voorbeeldkade 1", "1011 AA", "Amsterdam", Optional.empty(), "NL"))
        .areaServed(List.of(Place.of("City", "Amsterdam")))
        .sameAs(List.of("https://www.linkedin.com/company/example"))
        .build();
    assertEquals("""
        {
          "@id": "https://example.nl/#organization",
          "@type": "ProfessionalService",
          "address": {
            "@type": "PostalAddress",
            "addressCountry": "NL",
            "addressLocality": "Amsterdam",
            "postalCode": "1011 AA",
            "streetAddress": "Voorbeeldkade 1"
          },
          "areaServed": [
            {
              "@type": "City",
              "name": "Amsterdam"
            }
          ],
          "name": "Kanaalkracht AI",
          "sameAs": [
            "https://www.linkedin.com/company/example"
          ],
          "telephone": "+31 20 000 0000",
          "url": "https://example.nl/"
        }""", JsonLdWriter.write(org.toJsonLd(), Options.PRETTY));
  }

  @Test
  void of_nameUrlAndLogo_writesTheLogoAsImageObject() {
    assertEquals("{\"@type\":\"Organization\",\"logo\":{\"@type\":\"ImageObject\",\"url\":\"https://example.nl/l.png\"},"
        + "\"name\":\"Geokern\",\"url\":\"https://example.nl/\"}",
        JsonLdWriter.write(Organization.of("Geokern", "https://example.nl/", "https://example.nl/l.png").toJsonLd()));
  }

  @Test
  void builder_typeThatIsNoTypeName_isRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> Organization.builder("X").type("local business"));
    assertEquals("organization type \"local business\" is not a schema.org type name; expected one word in"
        + " UpperCamelCase, such as LocalBusiness", e.getMessage());
  }

  @Test
  void builder_relativeSameAs_isRejectedWithItsPosition() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> Organization.builder("X").sameAs(List.of("https://example.nl/a", "linkedin/x")));
    assertEquals("organization sameAs 2 \"linkedin/x\" is not absolute; expected an absolute http(s) URL such as"
        + " https://example.nl/blog/post.html", e.getMessage());
  }
}
