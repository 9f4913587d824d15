package nl.geokern.jsonld.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.geokern.jsonld.json.JsonLdWriter.Options;
import org.junit.jupiter.api.Test;

/** Keeps API-EXAMPLE.md honest: the same code, and the output the document shows. */
class ApiExampleTest {

  @Test
  void example_producesDocumentedOutput() throws IOException {
    String faq = FaqPage.builder()
        .url("https://example.nl/faq.html")
        .question("Wat kost een workshop?", "Een halve dag kost € 450, een hele dag € 800.")
        .question("Komen jullie ook naar Utrecht?", "Ja, we werken in de hele <b>Randstad</b>.")
        .build()
        .toScriptTag();

    String post = BlogPosting.builder()
        .url("https://example.nl/blog/ai-voor-mkb.html")
        .headline("AI voor het MKB: waar begin je?")
        .description("Drie eerste stappen voor ondernemers in Utrecht en Amsterdam.")
        .datePublished(LocalDate.of(2026, 1, 5), ZoneId.of("Europe/Amsterdam"))
        .dateModified(LocalDate.of(2026, 2, 2))
        .author("Sanne de Vries", "https://example.nl/over/sanne.html")
        .publisher("Geokern", "https://example.nl/", "https://example.nl/logo.png")
        .inLanguage("nl-NL")
        .keywords("AI", "MKB", "Utrecht")
        .image("https://example.nl/img/ai-voor-mkb.jpg")
        .build()
        .toScriptTag(Options.PRETTY);

    String doc = Files.readString(Path.of("API-EXAMPLE.md"), StandardCharsets.UTF_8);
    assertTrue(doc.contains("\n" + faq + "\n"), "API-EXAMPLE.md shows the FAQ tag:\n" + faq);
    assertTrue(post.contains("\"datePublished\": \"2026-01-05T00:00:00+01:00\""), post);
    assertTrue(post.contains("\"dateModified\": \"2026-02-02\""), post);
    assertEquals(1, post.lines().filter(l -> l.startsWith("<script")).count());
  }
}
