package nl.geokern.jsonld.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import nl.geokern.jsonld.json.JsonLdWriter.Options;
import org.junit.jupiter.api.Test;

class BlogPostingTest {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @Test
  void toJson_prettyGolden() {
    BlogPosting post = BlogPosting.builder()
        .url("https://example.nl/blog/ai-voor-mkb.html")
        .headline("AI voor het MKB: waar begin je?")
        .description("Drie stappen voor ondernemers in Utrecht & omgeving.")
        .datePublished(LocalDate.of(2026, 1, 5), AMSTERDAM)
        .dateModified(OffsetDateTime.of(2026, 7, 1, 9, 30, 15, 999, ZoneOffset.ofHours(2)))
        .author("Sanne de Vries", "https://example.nl/over/sanne.html")
        .publisher("Geokern", "https://example.nl/", "https://example.nl/logo.png")
        .inLanguage("nl-NL")
        .keywords("AI", "MKB", "Utrecht")
        .image("https://example.nl/img/ai.jpg")
        .build();
    assertEquals("""
        {
          "@context": "https://schema.org",
          "@id": "https://example.nl/blog/ai-voor-mkb.html#article",
          "@type": "BlogPosting",
          "author": [
            {
              "@type": "Person",
              "name": "Sanne de Vries",
              "url": "https://example.nl/over/sanne.html"
            }
          ],
          "dateModified": "2026-07-01T09:30:15+02:00",
          "datePublished": "2026-01-05T00:00:00+01:00",
          "description": "Drie stappen voor ondernemers in Utrecht \\u0026 omgeving.",
          "headline": "AI voor het MKB: waar begin je?",
          "image": [
            "https://example.nl/img/ai.jpg"
          ],
          "inLanguage": "nl-NL",
          "keywords": [
            "AI",
            "MKB",
            "Utrecht"
          ],
          "publisher": {
            "@type": "Organization",
            "logo": {
              "@type": "ImageObject",
              "url": "https://example.nl/logo.png"
            },
            "name": "Geokern",
            "url": "https://example.nl/"
          },
          "url": "https://example.nl/blog/ai-voor-mkb.html"
        }""", post.toJson(Options.PRETTY));
  }

  @Test
  void toJson_minimal() {
    assertEquals("{\"@context\":\"https://schema.org\",\"@type\":\"BlogPosting\",\"headline\":\"H\"}",
        BlogPosting.builder().headline("H").build().toJson());
  }

  @Test
  void datePublished_plainDateStaysADate() {
    var post = BlogPosting.builder().headline("H").datePublished(LocalDate.of(2026, 1, 5)).build();
    assertEquals("2026-01-05", post.toJsonLd().get("datePublished"));
  }

  @Test
  void datePublished_zonedUsesOffsetOfThatInstant() {
    var post = BlogPosting.builder().headline("H")
        .datePublished(ZonedDateTime.of(2026, 3, 29, 12, 0, 0, 0, AMSTERDAM))
        .dateModified(OffsetDateTime.of(2026, 3, 29, 10, 0, 0, 0, ZoneOffset.UTC))
        .build();
    assertEquals("2026-03-29T12:00:00+02:00", post.toJsonLd().get("datePublished"));
    assertEquals("2026-03-29T10:00:00Z", post.toJsonLd().get("dateModified"));
  }

  @Test
  void build_withoutHeadlineIsRejected() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> BlogPosting.builder().url("https://example.nl/a.html").build());
    assertEquals("a BlogPosting needs a headline; set it with headline(\"…\")", e.getMessage());
  }

  @Test
  void headline_blankIsRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> BlogPosting.builder().headline("\t"));
    assertEquals("BlogPosting headline is blank (\"\\t\"); expected the text as readers see it",
        e.getMessage());
  }

  @Test
  void build_modifiedBeforePublishedIsRejected() {
    var builder = BlogPosting.builder().headline("H")
        .datePublished(OffsetDateTime.of(2026, 1, 5, 12, 0, 0, 0, ZoneOffset.ofHours(1)))
        .dateModified(OffsetDateTime.of(2026, 1, 5, 11, 30, 0, 0, ZoneOffset.UTC));
    assertEquals("2026-01-05T11:30:00Z", builder.build().toJsonLd().get("dateModified"));
    builder.dateModified(LocalDate.of(2026, 1, 4));
    var e = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals("BlogPosting dateModified 2026-01-04 is before datePublished"
        + " 2026-01-05T12:00:00+01:00; expected the last change on or after first publication",
        e.getMessage());
  }

  @Test
  void author_relativeUrlIsRejected() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> BlogPosting.builder().author("Sanne", "/over/sanne"));
    assertEquals("person url \"/over/sanne\" is not absolute; expected an absolute http(s) URL such"
        + " as https://example.nl/blog/post.html", e.getMessage());
  }

  @Test
  void image_badUrlNamesPosition() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> BlogPosting.builder().image("https://example.nl/a.jpg", "mailto:x@example.nl"));
    assertEquals(true, e.getMessage().startsWith("BlogPosting image 2 \"mailto:x@example.nl\""),
        e.getMessage());
  }

  @Test
  void keywords_blankIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> BlogPosting.builder().keywords("AI", " "));
    assertThrows(NullPointerException.class,
        () -> BlogPosting.builder().keywords("AI", (String) null));
  }

  @Test
  void inLanguage_badTagIsRejected() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> BlogPosting.builder().inLanguage("Nederlands!"));
    assertEquals("BlogPosting inLanguage \"Nederlands!\" is not a BCP 47 language tag;"
        + " expected e.g. nl-NL or en", e.getMessage());
  }

  @Test
  void schemaDate_comparesByInstantOrDate() {
    var morningUtc = SchemaDate.of(OffsetDateTime.of(2026, 1, 5, 8, 0, 0, 0, ZoneOffset.UTC));
    var nineAmsterdam = SchemaDate.of(ZonedDateTime.of(2026, 1, 5, 9, 30, 0, 0, AMSTERDAM));
    assertEquals(false, nineAmsterdam.isBefore(morningUtc));
    assertEquals(true, morningUtc.isBefore(nineAmsterdam));
    assertEquals(false, SchemaDate.of(LocalDate.of(2026, 1, 5)).isBefore(morningUtc));
    assertEquals(SchemaDate.startOfDay(LocalDate.of(2026, 1, 5), AMSTERDAM),
        SchemaDate.of(OffsetDateTime.of(2026, 1, 5, 0, 0, 0, 0, ZoneOffset.ofHours(1))));
  }
}
