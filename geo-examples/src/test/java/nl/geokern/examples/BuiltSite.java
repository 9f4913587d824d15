package nl.geokern.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.load.ContentLoader;
import nl.geokern.core.load.LoadResult;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;

/**
 * Where the example site was built and what it was built from, for the end-to-end tests.
 *
 * <p>The failsafe configuration in {@code geo-examples/pom.xml} passes the folders as system
 * properties; the defaults are the same folders relative to the module, so the tests also run from
 * an IDE after {@code mvn package}.
 */
final class BuiltSite {

  /** System property: the folder maven-site-plugin wrote and geo enriched ({@code target/site}). */
  static final String SITE_DIRECTORY = "geo.it.siteDirectory";
  /** System property: geo's report folder ({@code target/geo}). */
  static final String REPORT_DIRECTORY = "geo.it.reportDirectory";
  /** System property: the content the site was built from ({@code src/content}). */
  static final String CONTENT_DIRECTORY = "geo.it.contentDirectory";
  /** System property: where the browser test keeps its screenshots ({@code target/screenshots}). */
  static final String SCREENSHOT_DIRECTORY = "geo.it.screenshotDirectory";

  private BuiltSite() {}

  static Path siteDirectory() {
    return directory(SITE_DIRECTORY, "target/site");
  }

  static Path reportDirectory() {
    return directory(REPORT_DIRECTORY, "target/geo");
  }

  static Path contentDirectory() {
    return directory(CONTENT_DIRECTORY, "src/content");
  }

  static Path screenshotDirectory() {
    return directory(SCREENSHOT_DIRECTORY, "target/screenshots");
  }

  private static Path directory(String property, String fallback) {
    return Path.of(System.getProperty(property, fallback)).toAbsolutePath().normalize();
  }

  /** Loads the content with geo's own loader; the example content must load without errors. */
  static ContentSet content() {
    LoadResult result = ContentLoader.load(contentDirectory());
    String errors = result.findings().stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .map(Object::toString)
        .collect(Collectors.joining("\n"));
    assertFalse(result.hasErrors(), "the example content does not load:\n" + errors);
    return result.content().orElseThrow();
  }

  /** The generated page of a post: its url resolved against the site folder. */
  static Path page(BlogPost post) {
    return siteDirectory().resolve(post.url());
  }

  /** The generated FAQ page. */
  static Path faqPage(ContentSet content) {
    return siteDirectory().resolve(content.site().faqPage().url());
  }

  /** The bytes of a generated file, which must exist. */
  static byte[] bytes(Path file) {
    assertTrue(Files.isRegularFile(file), "expected a built file at " + file + "; run mvn package first");
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file + " failed", e);
    }
  }

  /** The text of a generated file in UTF-8. */
  static String text(Path file) {
    return new String(bytes(file), StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- JSON-LD as plain JDK values

  /** The nodes of a JSON-LD document: its {@code @graph}, or the document itself. */
  static List<Map<?, ?>> nodes(Object document) {
    List<Map<?, ?>> out = new ArrayList<>();
    if (document instanceof Map<?, ?> map) {
      if (map.get("@graph") instanceof List<?> graph) {
        for (Object node : graph) {
          if (node instanceof Map<?, ?> n) {
            out.add(n);
          }
        }
      } else {
        out.add(map);
      }
    } else if (document instanceof List<?> list) {
      for (Object item : list) {
        out.addAll(nodes(item));
      }
    }
    return out;
  }

  /** The node's {@code @type} as a list (a single type is a list of one). */
  static List<String> types(Map<?, ?> node) {
    Object type = node.get("@type");
    if (type instanceof String s) {
      return List.of(s);
    }
    if (type instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return List.of();
  }

  /** The nodes that have the given type among their types. */
  static List<Map<?, ?>> ofType(List<Map<?, ?>> nodes, String type) {
    return nodes.stream().filter(n -> types(n).contains(type)).toList();
  }

  /** A question of a FAQPage's {@code mainEntity}: its name and its accepted answer's text. */
  record MarkedUpQuestion(String name, String answer) {}

  /** The questions of a FAQPage node, in order; a malformed entry fails the test. */
  static List<MarkedUpQuestion> questions(Map<?, ?> faqPage) {
    Object main = faqPage.get("mainEntity");
    List<?> entities = main instanceof List<?> l ? l : main == null ? List.of() : List.of(main);
    List<MarkedUpQuestion> out = new ArrayList<>();
    for (Object e : entities) {
      assertTrue(e instanceof Map<?, ?>, "a mainEntity entry is not an object: " + e);
      Map<?, ?> q = (Map<?, ?>) e;
      assertTrue(types(q).contains("Question"), "a mainEntity entry is not a Question: " + q);
      assertTrue(q.get("name") instanceof String, "a Question has no name: " + q);
      assertTrue(q.get("acceptedAnswer") instanceof Map<?, ?>, "a Question has no acceptedAnswer object: " + q);
      Object text = ((Map<?, ?>) q.get("acceptedAnswer")).get("text");
      assertTrue(text instanceof String, "an acceptedAnswer has no text: " + q);
      out.add(new MarkedUpQuestion((String) q.get("name"), (String) text));
    }
    return out;
  }

  /** Collapses white space, for comparing text that went through different renderers. */
  static String squash(String s) {
    return s.replaceAll("[\\s\\u00a0]+", " ").strip();
  }
}
