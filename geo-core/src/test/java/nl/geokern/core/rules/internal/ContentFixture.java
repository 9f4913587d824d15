package nl.geokern.core.rules.internal;

import nl.geokern.core.load.MinimalContent;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.load.ContentLoader;
import nl.geokern.core.load.LoadOptions;
import nl.geokern.core.load.LoadResult;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.rule.Rule;
import nl.geokern.core.rule.RuleContext;

/**
 * A tiny, valid content directory written into a test's temporary folder: every file has a default
 * that a test replaces with its own text. Findings read {@code content/<file>:line:col}.
 */
final class ContentFixture {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  static final String SITE = MinimalContent.SITE_TWO_PLACES;
  static final String PERSONAS = MinimalContent.PERSONAS;
  static final String CLUSTERS = MinimalContent.CLUSTERS;
  static final String CALENDAR = MinimalContent.CALENDAR;
  static final String FAQ = MinimalContent.FAQ;
  static final String POST = MinimalContent.POST;

  private final Map<String, String> files = new LinkedHashMap<>();

  private ContentFixture() {
    files.put("site.yaml", SITE);
    files.put("personas.yaml", PERSONAS);
    files.put("clusters.yaml", CLUSTERS);
    files.put("calendar.yaml", CALENDAR);
    files.put("faq.yaml", FAQ);
    files.put("blog/post-een.md", POST);
  }

  /** The default content. */
  static ContentFixture create() {
    return new ContentFixture();
  }

  /** Replaces (or adds) a file, by its path inside the content folder. */
  ContentFixture with(String file, String text) {
    files.put(file, text);
    return this;
  }

  /** Removes a file. */
  ContentFixture without(String file) {
    files.remove(file);
    return this;
  }

  /** Writes the files to {@code project/content} and loads them; fails the test on load errors. */
  ContentSet load(Path project) {
    Path content = project.resolve("content");
    try {
      for (Map.Entry<String, String> e : files.entrySet()) {
        Path file = content.resolve(e.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
      }
      Files.createDirectories(content.resolve("blog"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LoadResult result = ContentLoader.load(LoadOptions.defaults(content));
    assertFalse(result.hasErrors(), () -> lines(result.findings()));
    return result.content().orElseThrow();
  }

  /** Runs one rule with options over the content at {@link #TODAY}; returns the console lines. */
  static <O extends Record> String check(Rule<O> rule, O options, ContentSet content) {
    return check(rule, options, content, TODAY);
  }

  /** Runs one rule with options over the content at a reference date; returns the console lines. */
  static <O extends Record> String check(Rule<O> rule, O options, ContentSet content, LocalDate today) {
    return lines(rule.check(new RuleContext(content, today), options).stream().sorted().toList());
  }

  /** Runs one rule with its default options. */
  static <O extends Record> String check(Rule<O> rule, ContentSet content) {
    return check(rule, rule.defaultOptions(), content);
  }

  static String lines(List<Finding> findings) {
    return String.join("\n", findings.stream().map(Finding::toConsoleLine).toList());
  }
}
