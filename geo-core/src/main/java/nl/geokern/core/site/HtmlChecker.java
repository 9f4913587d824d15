package nl.geokern.core.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import nl.geokern.core.finding.Finding;
import nl.geokern.jsonld.html.SiteInjector;
import nl.geokern.jsonld.validate.JsonLdIssue;
import nl.geokern.jsonld.validate.JsonLdValidator;

/**
 * Checks the JSON-LD already present in a folder of HTML, from any generator: syntax, the schema.org
 * vocabulary and Google's profiles, one FAQPage per page, and FAQ markup that matches the page's
 * visible text.
 */
public final class HtmlChecker {

  /** Rule id of a marked-up question or answer that the page does not show. */
  public static final String FAQ_NOT_VISIBLE = "jsonld.faq-not-visible";
  /** Rule id of more than one FAQPage across a page's JSON-LD blocks. */
  public static final String FAQPAGE_COUNT = "jsonld.faqpage-count";

  private HtmlChecker() {}

  /**
   * Checks every {@code .html}/{@code .htm} page under {@code siteDirectory}.
   *
   * @param baseDirectory paths in findings are shown relative to this folder
   * @return the findings, sorted by path, line and column
   */
  public static List<Finding> check(Path siteDirectory, Path baseDirectory) {
    Objects.requireNonNull(siteDirectory, "siteDirectory");
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(siteDirectory)) {
      pages = walk.filter(HtmlChecker::isPage).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("listing the pages under " + siteDirectory + " failed", e);
    }
    JsonLdValidator validator = JsonLdValidator.create();
    List<Finding> out = pages.parallelStream()
        .flatMap(p -> checkPage(p, shown(p, baseDirectory), validator).stream())
        .sorted()
        .toList();
    return out;
  }

  /** Checks one page's bytes; {@code shown} is the path findings name. */
  public static List<Finding> checkPage(byte[] page, Path shown, JsonLdValidator validator) {
    List<Finding> findings = new ArrayList<>();
    // One parse serves the JSON-LD blocks and, when a FAQ needs it, the visible text.
    org.jsoup.nodes.Document doc = JsonLdExtractor.parse(page);
    List<JsonLdBlock> blocks = JsonLdExtractor.extract(shown, doc);
    if (blocks.isEmpty()) {
      return findings;
    }
    VisibleText visible = null;
    int faqPages = 0;
    for (JsonLdBlock block : blocks) {
      if (block.syntaxError().isPresent()) {
        findings.add(block.syntaxError().get());
        continue;
      }
      Object value = block.value().orElseThrow();
      for (JsonLdIssue issue : validator.validate(value)) {
        // The vocabulary check counts FAQPage nodes per block; the page-wide count is made below.
        if (!issue.ruleId().equals(FAQPAGE_COUNT)) {
          findings.add(Finding.of(issue, block.span()));
        }
      }
      List<Map<String, Object>> faqs = new ArrayList<>();
      FaqMarkup.collectFaqPages(value, faqs);
      faqPages += faqs.size();
      for (Map<String, Object> faq : faqs) {
        if (visible == null) {
          visible = VisibleText.of(doc);
        }
        for (FaqMarkup.QuestionText q : FaqMarkup.questions(faq)) {
          if (!visible.contains(q.question())) {
            findings.add(Finding.error(FAQ_NOT_VISIBLE, block.span(),
                "the question \"" + truncate(q.question()) + "\" is marked up but not visible on the page",
                "show the question on the page, or remove it from the FAQPage markup (Google requires marked-up"
                    + " questions to be visible)"));
          } else if (!visible.contains(q.answer())) {
            findings.add(Finding.error(FAQ_NOT_VISIBLE, block.span(),
                "the answer to \"" + truncate(q.question()) + "\" is marked up but its text is not visible on the"
                    + " page",
                "make the marked-up answer text the same as the answer the page shows"));
          }
        }
      }
    }
    if (faqPages > 1) {
      findings.add(Finding.error(FAQPAGE_COUNT, blocks.get(0).span(),
          "the page has " + faqPages + " FAQPage nodes; a page may have one",
          "merge the questions into one FAQPage, or remove the hand-written one"));
    }
    return findings;
  }

  private static List<Finding> checkPage(Path file, Path shown, JsonLdValidator validator) {
    try {
      return checkPage(Files.readAllBytes(file), shown, validator);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file + " failed", e);
    }
  }

  private static String truncate(String s) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() <= 80 ? t : t.substring(0, 77) + "…";
  }

  /** Whether {@code p} is a page the injector would take: a regular file named as one (links are not followed). */
  static boolean isPage(Path p) {
    return SiteInjector.isPageName(p.getFileName().toString()) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
  }

  private static Path shown(Path file, Path base) {
    Path abs = file.toAbsolutePath().normalize();
    Path b = base.toAbsolutePath().normalize();
    return abs.startsWith(b) ? b.relativize(abs) : abs;
  }
}
