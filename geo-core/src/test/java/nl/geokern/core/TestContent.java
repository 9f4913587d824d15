package nl.geokern.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.load.ContentLoader;
import nl.geokern.core.load.LoadOptions;
import nl.geokern.core.load.LoadResult;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.report.ValidationReport;
import nl.geokern.core.rules.Rule;
import nl.geokern.core.rules.RuleContext;
import nl.geokern.core.validate.ContentValidation;
import nl.geokern.core.validate.ValidationRequest;

/**
 * The one builder of test content: a small content directory in a test's temporary folder, loaded
 * with the real loader (so tests see content exactly as geo reads it), checked with a rule or
 * validated into a report. Every file has a default that a test replaces; findings read
 * {@code content/<file>:line:col}.
 */
public final class TestContent {

  /** The date that counts as today in tests. */
  public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  /** The smallest valid site: one place. */
  public static final String SITE = """
      name: Test BV
      url: https://www.test.example/
      language: nl-NL
      places:
        - name: Amsterdam
          type: City
      areaServed: [Amsterdam]
      authors:
        - id: anna
          name: Anna de Boer
      defaultAuthor: anna
      """;
  /** {@link #SITE} with a second place, Den Haag, also written 's-Gravenhage. */
  public static final String SITE_TWO_PLACES = SITE.replace("    type: City\n",
      "    type: City\n  - name: Den Haag\n    type: City\n    aliases: [\"'s-Gravenhage\"]\n");
  /** One persona with one question. */
  public static final String PERSONAS = """
      personas:
        - id: p1
          name: Persona een
          questions:
            - id: q1
              text: Hoe begin ik?
      """;
  /** One cluster. */
  public static final String CLUSTERS = """
      clusters:
        - id: c1
          name: Cluster een
          intent: informational
          keywords: [ai voor mkb]
      """;
  /** One calendar week with its post and FAQ update. */
  public static final String CALENDAR = """
      weeks:
        - week: 1
          date: 2026-01-05
          post: post-een
          faqUpdate:
            questions: [f1]
      """;
  /** One FAQ item. */
  public static final String FAQ = """
      items:
        - id: f1
          question: Hoe begin ik met AI?
          answer: Met een kleine proef.
          answers: [q1]
      """;
  /** One short post, the calendar's week 1. */
  public static final String POST = """
      ---
      title: Post een
      datePublished: 2026-01-05
      cluster: c1
      ---

      # Post een

      Inleiding.
      """;

  private final Path dir;
  private final Map<String, String> files = new LinkedHashMap<>();

  private TestContent(Path dir) {
    this.dir = dir;
  }

  /** The smallest valid content set (site, persona, cluster, week, FAQ item, post) in {@code tempDir/content}. */
  public static TestContent in(Path tempDir) {
    return new TestContent(tempDir.resolve("content")).with("site.yaml", SITE).with("personas.yaml", PERSONAS)
        .with("clusters.yaml", CLUSTERS).with("calendar.yaml", CALENDAR).with("faq.yaml", FAQ)
        .post("post-een.md", POST);
  }

  /**
   * A site with two places (Amsterdam, also Mokum; Den Haag) and a FAQ page, cluster {@code c1} with
   * the keyphrase {@code AI-workshop voor MKB}, and no weeks, FAQ items or posts: for post rules.
   */
  public static TestContent forPosts(Path tempDir) {
    String site = SITE.replace("    type: City\n", "    type: City\n    aliases: [Mokum]\n  - name: Den Haag\n"
        + "    type: City\n") + "faqPage:\n  url: faq.html\n  title: Veelgestelde vragen\nblogPath: blog/\n";
    return in(tempDir).without("blog/post-een.md").with("site.yaml", site).with("calendar.yaml", "weeks: []\n")
        .faq("items: []\n")
        .with("clusters.yaml", CLUSTERS.replace("[ai voor mkb]", "[AI-workshop voor MKB, workshop kosten]"));
  }

  /** Replaces (or adds) a file, by its path inside the content folder. */
  public TestContent with(String file, String text) {
    files.put(file, text);
    return this;
  }

  /** Removes a file. */
  public TestContent without(String file) {
    files.remove(file);
    return this;
  }

  /** Adds or replaces {@code blog/<name>}. */
  public TestContent post(String name, String markdown) {
    return with("blog/" + name, markdown);
  }

  /** Sets {@code faq.yaml}. */
  public TestContent faq(String yaml) {
    return with("faq.yaml", yaml);
  }

  /** Writes the files; returns the content folder. */
  public Path write() {
    try {
      Files.createDirectories(dir.resolve("blog"));
      for (Map.Entry<String, String> e : files.entrySet()) {
        Path file = dir.resolve(e.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  /** Writes and loads the content; fails the test when loading reports an error. */
  public ContentSet load() {
    LoadResult result = ContentLoader.load(LoadOptions.defaults(write()));
    assertFalse(result.hasErrors(), () -> "test content does not load:\n" + lines(result.findings()));
    return result.content().orElseThrow();
  }

  /** Loads the content and returns its only post. */
  public BlogPost onlyPost() {
    List<BlogPost> all = load().posts();
    assertEquals(1, all.size(), "posts");
    return all.get(0);
  }

  /** Writes the content and validates it at {@link #TODAY}, paths shown from the test folder. */
  public ValidationReport report(Optional<Path> rulesFile) {
    Path content = write();
    return ContentValidation.run(new ValidationRequest(
        LoadOptions.defaults(content).withBaseDirectory(content.getParent()), rulesFile, TODAY, Severity.ERROR,
        "test", "0.1.0", Instant.parse("2026-03-02T09:30:00Z"))).report();
  }

  /** Runs {@code rule} with {@code options} at {@code today}; returns its findings as sorted console lines. */
  public static <O extends Record> List<String> check(Rule<O> rule, O options, ContentSet content, LocalDate today) {
    return rule.check(new RuleContext(content, today), options).stream()
        .sorted(Finding.ORDER).map(Finding::toConsoleLine).toList();
  }

  /** Runs {@code rule} with {@code options} at {@link #TODAY}. */
  public static <O extends Record> List<String> check(Rule<O> rule, O options, ContentSet content) {
    return check(rule, options, content, TODAY);
  }

  /** Runs {@code rule} with its default options at {@link #TODAY}. */
  public static <O extends Record> List<String> check(Rule<O> rule, ContentSet content) {
    return check(rule, rule.defaultOptions(), content);
  }

  /** Front matter with a title, a date and the given extra lines, then the body. */
  public static String post(String title, String extraFrontMatter, String body) {
    return "---\ntitle: \"" + title + "\"\ndatePublished: 2026-01-05\n" + extraFrontMatter
        + (extraFrontMatter.isEmpty() || extraFrontMatter.endsWith("\n") ? "" : "\n") + "---\n" + body;
  }

  /** Findings as console lines, one per line. */
  public static String lines(List<Finding> findings) {
    return findings.stream().map(Finding::toConsoleLine).collect(Collectors.joining("\n"));
  }
}
