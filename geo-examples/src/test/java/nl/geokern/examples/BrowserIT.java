package nl.geokern.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The built example site and geo's HTML report in a real browser: headless Chromium, driven by
 * chromedriver over the WebDriver protocol ({@link ChromeDriverSession}), loading the pages from a
 * local server ({@link StaticServer}).
 *
 * <p>Skips when Chromium or chromedriver is absent (Debian: {@code apt-get install chromium
 * chromium-driver}); {@code -Dgeo.chromium=…} and {@code -Dgeo.chromedriver=…} point elsewhere.
 * Screenshots of the report and of the first week's post are kept in {@code target/screenshots}.
 */
class BrowserIT {

  /** System property: the Chromium binary. */
  static final String CHROMIUM = "geo.chromium";
  /** System property: the chromedriver binary. */
  static final String CHROMEDRIVER = "geo.chromedriver";

  private static final int WIDTH = 1280;
  private static final int HEIGHT = 1024;
  private static final int MAX_SCREENSHOT_HEIGHT = 12_000;

  /** The report's elements that must render, by id (see HtmlReport's javadoc). */
  private static final List<String> REPORT_PARTS =
      List.of("chart-clusters", "chart-readability", "chart-geo", "coverage-matrix", "calendar");

  /**
   * Reads the page's JSON-LD with the page's own {@code JSON.parse} and checks that each FAQPage
   * question is shown: a heading (or dt/summary) with exactly the question's text that has a box
   * and is not hidden by CSS, and the answer's text in the rendered text ({@code innerText}).
   */
  private static final String PAGE_SCRIPT = """
      const squash = s => String(s).replace(/\\s+/g, ' ').trim();
      const shown = el => {
        const r = el.getBoundingClientRect();
        const cs = getComputedStyle(el);
        return r.width > 0 && r.height > 0 && cs.display !== 'none' && cs.visibility !== 'hidden'
            && el.checkVisibility({opacityProperty: true, visibilityProperty: true});
      };
      const blocks = [];
      const questions = [];
      for (const s of document.querySelectorAll('script')) {
        const type = (s.getAttribute('type') || '').split(';')[0].trim().toLowerCase();
        if (type !== 'application/ld+json') continue;
        const block = {geo: s.hasAttribute('data-geo'), inHead: document.head.contains(s), error: null};
        try {
          const doc = JSON.parse(s.textContent);
          for (const node of [].concat(doc['@graph'] || doc)) {
            if (![].concat(node['@type'] || []).includes('FAQPage')) continue;
            for (const q of [].concat(node.mainEntity || [])) {
              questions.push({name: q.name, answer: q.acceptedAnswer ? q.acceptedAnswer.text : ''});
            }
          }
        } catch (e) {
          block.error = String(e);
        }
        blocks.push(block);
      }
      const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, dt, summary')];
      const rendered = squash(document.body.innerText);
      return {
        title: document.title,
        blocks: blocks,
        questions: questions.map(q => {
          const matches = headings.filter(h => squash(h.textContent) === squash(q.name));
          return {name: q.name, headings: matches.length, visible: matches.some(shown),
                  answerShown: rendered.includes(squash(q.answer))};
        })
      };
      """;

  /** Measures each report part by id: size, CSS visibility and, for a chart, its drawn shapes. */
  private static final String REPORT_SCRIPT = """
      const parts = arguments[0].map(id => {
        const el = document.getElementById(id);
        if (!el) return {id: id, exists: false};
        const r = el.getBoundingClientRect();
        const shapes = [...el.querySelectorAll('rect, path, line, circle, polyline, polygon, text')]
            .filter(s => { const b = s.getBoundingClientRect(); return b.width > 0 || b.height > 0; }).length;
        return {id: id, exists: true, tag: el.tagName.toLowerCase(), cls: el.getAttribute('class') || '',
                width: r.width, height: r.height, visible: el.checkVisibility(), shapes: shapes,
                children: el.children.length};
      });
      return {charts: document.querySelectorAll('svg.chart').length, parts: parts};
      """;

  private static ContentSet content;
  private static StaticServer server;
  private static ChromeDriverSession browser;

  /** Why the browser cannot run here; empty when Chromium and chromedriver are installed. */
  private static Optional<String> unavailable = Optional.empty();

  @BeforeAll
  static void startBrowser() throws IOException {
    Path chromium = Path.of(System.getProperty(CHROMIUM, "/usr/bin/chromium"));
    Path chromedriver = Path.of(System.getProperty(CHROMEDRIVER, "/usr/bin/chromedriver"));
    if (!Files.isExecutable(chromium)) {
      unavailable = Optional.of("BrowserIT skipped: no Chromium at " + chromium
          + " (install with `apt-get install chromium chromium-driver`, or set -D" + CHROMIUM + "=<path>)");
    } else if (!Files.isExecutable(chromedriver)) {
      unavailable = Optional.of("BrowserIT skipped: no chromedriver at " + chromedriver
          + " (install with `apt-get install chromium-driver`, or set -D" + CHROMEDRIVER + "=<path>)");
    }
    if (unavailable.isPresent()) {
      // Said once on the console; each test then reports itself skipped with the same reason.
      System.out.println(unavailable.get());
      return;
    }
    content = BuiltSite.content();
    server = StaticServer.start(Map.of(
        "/site/", BuiltSite.siteDirectory(),
        "/geo/", BuiltSite.reportDirectory()));
    Path log = BuiltSite.screenshotDirectory().resolveSibling("chromedriver.log");
    browser = ChromeDriverSession.start(chromedriver, chromium, log);
  }

  @BeforeEach
  void requireBrowser() {
    assumeTrue(unavailable.isEmpty(), () -> unavailable.orElseThrow());
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> page_parsesItsJsonLdAndShowsEveryFaqQuestion() {
    Stream<DynamicTest> posts = content.posts().stream().map(post -> dynamicTest(post.url(),
        () -> checkPage(post.url(), post.body().faq().map(f -> f.pairs().size()).orElse(0))));
    String faq = content.site().faqPage().url();
    Stream<DynamicTest> faqPage = Stream.of(dynamicTest(faq, () -> checkPage(faq, content.faqItems().size())));
    return Stream.concat(posts, faqPage);
  }

  private static void checkPage(String url, int expectedQuestions) throws IOException {
    browser.navigate(server.url("/site/" + url));
    JsonNode page = browser.execute(PAGE_SCRIPT);

    JsonNode blocks = page.path("blocks");
    assertTrue(blocks.size() > 0, url + ": no application/ld+json block in the rendered page");
    List<String> errors = new ArrayList<>();
    int geo = 0;
    for (JsonNode b : blocks) {
      if (!b.path("error").isNull()) {
        errors.add(b.path("error").asText());
      }
      if (b.path("geo").asBoolean()) {
        geo++;
        assertTrue(b.path("inHead").asBoolean(), url + ": the geo block is not in document.head");
      }
    }
    assertEquals(List.of(), errors, url + ": JSON.parse failed in the browser");
    assertEquals(1, geo, url + ": geo blocks in the rendered page");

    JsonNode questions = page.path("questions");
    assertEquals(expectedQuestions, questions.size(), url + ": FAQPage questions read in the browser");
    List<String> hidden = new ArrayList<>();
    for (JsonNode q : questions) {
      String name = q.path("name").asText();
      if (q.path("headings").asInt() == 0) {
        hidden.add("no heading with the text of \"" + name + "\"");
      } else if (!q.path("visible").asBoolean()) {
        hidden.add("the heading \"" + name + "\" is not displayed");
      }
      if (!q.path("answerShown").asBoolean()) {
        hidden.add("the answer to \"" + name + "\" is not in the rendered text");
      }
    }
    assertEquals(List.of(), hidden, url + ": FAQ questions and answers that a reader does not see");
  }

  @Test
  void report_rendersItsChartsCoverageMatrixAndCalendar() throws IOException {
    browser.navigate(server.url("/geo/geo-report.html"));
    screenshotWholePage(BuiltSite.screenshotDirectory().resolve("geo-report.png"));
    JsonNode report = browser.execute(REPORT_SCRIPT, REPORT_PARTS);

    assertTrue(report.path("charts").asInt() >= 3, "svg.chart elements in the report: " + report.path("charts"));
    List<String> problems = new ArrayList<>();
    for (JsonNode part : report.path("parts")) {
      String id = "#" + part.path("id").asText();
      if (!part.path("exists").asBoolean()) {
        problems.add(id + " is missing");
        continue;
      }
      if (part.path("width").asDouble() <= 0 || part.path("height").asDouble() <= 0) {
        problems.add(id + " has no size (" + part.path("width") + " x " + part.path("height") + " px, "
            + part.path("children") + " child elements)");
      }
      if (!part.path("visible").asBoolean()) {
        problems.add(id + " is hidden by CSS");
      }
      if (part.path("id").asText().startsWith("chart-")) {
        if (!part.path("tag").asText().equals("svg") || !part.path("cls").asText().contains("chart")) {
          problems.add(id + " is not an svg.chart but <" + part.path("tag").asText() + " class=\""
              + part.path("cls").asText() + "\">");
        }
        if (part.path("shapes").asInt() == 0) {
          problems.add(id + " draws nothing");
        }
      }
    }
    assertEquals(List.of(), problems, "report parts that do not render (screenshot: target/screenshots/geo-report.png)");
  }

  @Test
  void firstWeeksPost_showsItsHeadline() throws IOException {
    BlogPost post = content.post(content.calendar().get(0).postSlug()).orElseThrow();
    browser.navigate(server.url("/site/" + post.url()));
    screenshotWholePage(BuiltSite.screenshotDirectory().resolve("post-" + post.slug() + ".png"));
    JsonNode h1 = browser.execute("""
        const h = document.querySelector('h1');
        if (!h) return null;
        const r = h.getBoundingClientRect();
        return {text: h.textContent.replace(/\\s+/g, ' ').trim(), height: r.height, visible: h.checkVisibility()};
        """);
    assertTrue(h1 != null && !h1.isNull(), post.url() + ": no h1");
    assertTrue(h1.path("height").asDouble() > 0 && h1.path("visible").asBoolean(), post.url() + ": the h1 is not displayed");
    String firstHeading = post.body().headings().get(0).text();
    assertEquals(firstHeading, h1.path("text").asText(), post.url() + ": the h1 should be the post's first heading");
  }

  /** Grows the window to the page's height (up to a limit), takes the screenshot, and restores it. */
  private static void screenshotWholePage(Path file) throws IOException {
    int height = browser.execute("return document.documentElement.scrollHeight;").asInt(HEIGHT);
    browser.resize(WIDTH, Math.max(HEIGHT, Math.min(height, MAX_SCREENSHOT_HEIGHT)));
    try {
      browser.screenshot(file);
    } finally {
      browser.resize(WIDTH, HEIGHT);
    }
  }
}
