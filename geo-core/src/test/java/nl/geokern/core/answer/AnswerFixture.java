package nl.geokern.core.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.geokern.core.load.ContentLoader;
import nl.geokern.core.load.LoadResult;
import nl.geokern.core.model.ContentSet;

/** A content directory written file by file into a temporary folder and loaded with the real loader. */
final class AnswerFixture {

  private final Path dir;
  private final String language;
  private String personas = "personas: []\n";
  private String faq = "items: []\n";
  private final Map<String, String> posts = new LinkedHashMap<>();

  AnswerFixture(Path dir, String language) {
    this.dir = dir;
    this.language = language;
  }

  AnswerFixture personas(String yaml) {
    personas = yaml;
    return this;
  }

  AnswerFixture faq(String yaml) {
    faq = yaml;
    return this;
  }

  /** A post {@code blog/<slug>.md} with a front matter of title, date and {@code answers}, then {@code body}. */
  AnswerFixture post(String slug, String title, String answers, String body) {
    posts.put(slug, "---\ntitle: " + title + "\ndatePublished: 2026-01-05\nanswers: [" + answers + "]\n---\n\n" + body);
    return this;
  }

  /** Writes the files (replacing what an earlier load wrote) and loads them; fails on any load error. */
  ContentSet load() throws IOException {
    Path content = dir.resolve("content");
    if (Files.isDirectory(content.resolve("blog"))) {
      try (var old = Files.list(content.resolve("blog"))) {
        for (Path p : old.toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(content.resolve("blog"));
    Files.writeString(content.resolve("site.yaml"), """
        name: Test
        url: https://www.test.example/
        language: %s
        description: A test site.
        faqPage:
          url: faq.html
          title: FAQ
        """.formatted(language));
    Files.writeString(content.resolve("personas.yaml"), personas);
    Files.writeString(content.resolve("clusters.yaml"), "clusters: []\n");
    Files.writeString(content.resolve("calendar.yaml"), "weeks: []\n");
    Files.writeString(content.resolve("faq.yaml"), faq);
    for (var e : posts.entrySet()) {
      Files.writeString(content.resolve("blog/" + e.getKey() + ".md"), e.getValue());
    }
    LoadResult result = ContentLoader.load(content);
    assertFalse(result.hasErrors(), () -> result.findings().toString());
    return result.content().orElseThrow();
  }

  Path directory() {
    return dir;
  }
}
