package nl.geokern.core.rules.internal;

import nl.geokern.core.load.MinimalContent;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.load.ContentLoader;
import nl.geokern.core.load.LoadResult;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.rule.Rule;
import nl.geokern.core.rule.RuleContext;

/**
 * Builds a small content directory in a temporary folder and loads it with the real loader, so
 * rule tests run on posts exactly as geo reads them. Findings print as {@code content/blog/x.md:…}.
 */
final class TestContent {

  static final String SITE = """
      name: Test BV
      url: https://www.test.example/
      language: nl-NL
      places:
        - name: Amsterdam
          type: City
          aliases: [Mokum]
        - name: Den Haag
          type: City
      areaServed: [Amsterdam]
      authors:
        - id: anna
          name: Anna de Boer
      defaultAuthor: anna
      faqPage:
        url: faq.html
        title: Veelgestelde vragen
      blogPath: blog/
      """;
  static final String PERSONAS = MinimalContent.PERSONAS;
  static final String CLUSTERS = """
      clusters:
        - id: c1
          name: Cluster een
          intent: informational
          keywords: [AI-workshop voor MKB, workshop kosten]
      """;

  private final Path dir;
  private final Map<String, String> posts = new LinkedHashMap<>();
  private String faq = "items: []\n";

  private TestContent(Path dir) {
    this.dir = dir;
  }

  /** A content directory under {@code tempDir}. */
  static TestContent in(Path tempDir) {
    return new TestContent(tempDir.resolve("content"));
  }

  /** Adds {@code blog/<name>}. */
  TestContent post(String name, String markdown) {
    posts.put(name, markdown);
    return this;
  }

  /** Sets {@code faq.yaml}. */
  TestContent faq(String yaml) {
    faq = yaml;
    return this;
  }

  /** Writes and loads the content; fails the test when loading reports an error. */
  ContentSet load() {
    try {
      Files.createDirectories(dir.resolve("blog"));
      write("site.yaml", SITE);
      write("personas.yaml", PERSONAS);
      write("clusters.yaml", CLUSTERS);
      write("calendar.yaml", "weeks: []\n");
      write("faq.yaml", faq);
      for (Map.Entry<String, String> p : posts.entrySet()) {
        write("blog/" + p.getKey(), p.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LoadResult result = ContentLoader.load(dir);
    assertTrue(result.content().isPresent(), () -> "test content does not load: "
        + result.findings().stream().map(Finding::toConsoleLine).collect(Collectors.joining("\n")));
    return result.content().get();
  }

  /** Loads the content and returns its only post. */
  BlogPost onlyPost() {
    List<BlogPost> all = load().posts();
    assertTrue(all.size() == 1, "expected one post, found " + all.size());
    return all.get(0);
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** Runs {@code rule} with {@code options} and returns its findings as sorted console lines. */
  static <O extends Record> List<String> check(Rule<O> rule, ContentSet content, O options) {
    return rule.check(new RuleContext(content, LocalDate.of(2026, 12, 31)), options).stream()
        .sorted(Finding.ORDER).map(Finding::toConsoleLine).toList();
  }

  /** Runs {@code rule} with its default options. */
  static <O extends Record> List<String> check(Rule<O> rule, ContentSet content) {
    return check(rule, content, rule.defaultOptions());
  }

  /** Front matter with a title, a date and the given extra lines, then the body. */
  static String post(String title, String extraFrontMatter, String body) {
    return "---\ntitle: \"" + title + "\"\ndatePublished: 2026-01-05\n" + extraFrontMatter
        + (extraFrontMatter.isEmpty() || extraFrontMatter.endsWith("\n") ? "" : "\n") + "---\n" + body;
  }
}
