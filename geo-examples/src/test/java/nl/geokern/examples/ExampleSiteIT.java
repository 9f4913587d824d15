package nl.geokern.examples;

import static nl.geokern.examples.BuiltSite.nodes;
import static nl.geokern.examples.BuiltSite.ofType;
import static nl.geokern.examples.BuiltSite.questions;
import static nl.geokern.examples.BuiltSite.squash;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.CalendarWeek;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.FaqItem;
import nl.geokern.core.model.FaqPair;
import nl.geokern.core.model.PersonaQuestion;
import nl.geokern.core.site.HtmlChecker;
import nl.geokern.core.site.JsonLdBlock;
import nl.geokern.core.site.JsonLdExtractor;
import nl.geokern.core.site.VisibleText;
import nl.geokern.core.text.MarkdownText;
import nl.geokern.examples.BuiltSite.MarkedUpQuestion;
import nl.geokern.jsonld.json.JsonValues;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * End-to-end checks on the example site as {@code mvn package} built it: maven-site-plugin's pages
 * in {@code target/site} after {@code geo:inject} and {@code geo:llms-txt}, and geo's report in
 * {@code target/geo}, compared with the content they were built from (loaded with geo's own
 * {@link nl.geokern.core.load.ContentLoader}).
 */
class ExampleSiteIT {

  private static final int MIN_WORDS = 1000;
  private static final int MAX_WORDS = 1800;
  private static final int WEEKS = 12;

  private static ContentSet content;

  @BeforeAll
  static void loadContent() {
    content = BuiltSite.content();
    assertFalse(content.posts().isEmpty(), "the example content has no posts");
  }

  // ---------------------------------------------------------------- pages and their JSON-LD

  @Test
  void blogFolder_holdsOnePagePerPost() throws IOException {
    Set<String> expected = content.posts().stream()
        .map(p -> BuiltSite.page(p).getFileName().toString())
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> built;
    try (Stream<Path> files = Files.list(BuiltSite.siteDirectory().resolve(content.site().blogPath()))) {
      built = files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".html"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(expected, built, "the post pages in target/site/blog should be exactly one per post in src/content/blog");
  }

  @TestFactory
  Stream<DynamicTest> postPage_hasOneGeoBlockWithBlogPostingAndTheFaqSection() {
    return content.posts().stream().map(post -> dynamicTest(post.slug(), () -> checkPostPage(post)));
  }

  private static void checkPostPage(BlogPost post) {
    Path page = BuiltSite.page(post);
    Object graph = geoBlock(page);
    List<Map<?, ?>> nodes = nodes(graph);

    List<Map<?, ?>> postings = ofType(nodes, "BlogPosting");
    assertEquals(1, postings.size(), page + ": expected one BlogPosting in the geo block");
    Map<?, ?> posting = postings.get(0);
    assertEquals(post.title(), posting.get("headline"), page + ": BlogPosting headline");
    assertEquals((long) post.body().wordCount(), posting.get("wordCount"), page + ": BlogPosting wordCount");

    List<Map<?, ?>> faqPages = ofType(nodes, "FAQPage");
    assertEquals(1, faqPages.size(), page + ": expected one FAQPage in the geo block");
    Map<?, ?> faqPage = faqPages.get(0);
    assertTrue(BuiltSite.types(faqPage).contains("WebPage"),
        page + ": the FAQPage should be the page's WebPage node, typed [\"WebPage\",\"FAQPage\"], but is " + faqPage.get("@type"));

    List<FaqPair> pairs = post.body().faq()
        .orElseThrow(() -> new AssertionError(post.path() + " has no FAQ section"))
        .pairs();
    List<MarkedUpQuestion> marked = questions(faqPage);
    assertTrue(marked.size() >= 3 && marked.size() <= 5,
        page + ": a post marks up 3 to 5 questions, found " + marked.size());
    assertEquals(pairs.stream().map(FaqPair::question).toList(), marked.stream().map(MarkedUpQuestion::name).toList(),
        page + ": the FAQPage's questions should be the questions of the post's FAQ section, in order");
    assertEquals(pairs.stream().map(p -> squash(p.answerText())).toList(),
        marked.stream().map(q -> squash(q.answer())).toList(),
        page + ": the FAQPage's answers should be the answers of the post's FAQ section");
  }

  @Test
  void faqPage_marksUpEveryItemOfFaqYaml() {
    Path page = BuiltSite.faqPage(content);
    List<Map<?, ?>> faqPages = ofType(nodes(geoBlock(page)), "FAQPage");
    assertEquals(1, faqPages.size(), page + ": expected one FAQPage in the geo block");
    assertTrue(BuiltSite.types(faqPages.get(0)).contains("WebPage"), page + ": the FAQPage should be the page's WebPage node");

    List<MarkedUpQuestion> marked = questions(faqPages.get(0));
    assertTrue(marked.size() >= 20, page + ": the FAQ page needs 20 or more questions, found " + marked.size());
    List<FaqItem> items = content.faqItems();
    assertEquals(items.stream().map(FaqItem::question).toList(), marked.stream().map(MarkedUpQuestion::name).toList(),
        page + ": the FAQ page's questions should be the items of faq.yaml, in order");
    assertEquals(items.stream().map(i -> squash(MarkdownText.toPlainText(i.answer()))).toList(),
        marked.stream().map(q -> squash(q.answer())).toList(),
        page + ": the FAQ page's answers should be the plain text of the answers in faq.yaml");
  }

  @Test
  void generatedPages_haveTheirTitleAndDescriptionWithoutYamlQuotes() {
    Map<Path, String[]> expected = new LinkedHashMap<>();
    for (BlogPost p : content.posts()) {
      expected.put(BuiltSite.page(p), new String[] {p.title(), p.description().orElse("")});
    }
    expected.put(BuiltSite.faqPage(content), new String[] {
        content.site().faqPage().title(), content.site().faqPage().description().orElse("")});
    List<String> wrong = new ArrayList<>();
    expected.forEach((page, titleAndDescription) -> {
      Document doc = Jsoup.parse(BuiltSite.text(page));
      String title = doc.title();
      String description = doc.select("meta[name=description]").attr("content");
      List<String> parts = new ArrayList<>();
      if (!title.startsWith(titleAndDescription[0])) {
        parts.add("<title> is [" + shorten(title) + "]");
      }
      if (!description.equals(titleAndDescription[1])) {
        parts.add("meta description is [" + shorten(description) + "]");
      }
      if (!parts.isEmpty()) {
        wrong.add(page.getFileName() + ": " + String.join(", ", parts));
      }
    });
    assertEquals(List.of(), wrong, "pages whose <title> does not start with the front matter title, or whose meta"
        + " description is not the front matter description (as readers and search engines see them)");
  }

  @Test
  void everyMarkedUpQuestionAndAnswer_isVisibleTextOfItsPage() {
    List<String> invisible = new ArrayList<>();
    int pagesWithFaq = 0;
    int questionsChecked = 0;
    for (Path page : htmlPages()) {
      String html = BuiltSite.text(page);
      VisibleText visible = VisibleText.of(html);
      boolean hasFaq = false;
      for (JsonLdBlock block : JsonLdExtractor.extract(page, html)) {
        for (Map<?, ?> faq : ofType(nodes(block.value().orElse(null)), "FAQPage")) {
          hasFaq = true;
          for (MarkedUpQuestion q : questions(faq)) {
            questionsChecked++;
            if (!visible.contains(q.name())) {
              invisible.add(page + ": question \"" + q.name() + "\"");
            }
            if (!visible.contains(q.answer())) {
              invisible.add(page + ": answer to \"" + q.name() + "\"");
            }
          }
        }
      }
      pagesWithFaq += hasFaq ? 1 : 0;
    }
    assertEquals(content.posts().size() + 1, pagesWithFaq, "pages with FAQ markup: every post and the FAQ page");
    assertTrue(questionsChecked >= 20 + 3 * content.posts().size(), "questions checked: " + questionsChecked);
    assertEquals(List.of(), invisible, "marked-up FAQ text that the page does not show");
  }

  @Test
  void everyPage_declaresTheSiteLanguageInItsHtmlElement() {
    String language = content.site().language();
    String primary = language.split("-")[0];
    List<String> wrong = new ArrayList<>();
    for (Path page : htmlPages()) {
      String lang = Jsoup.parse(BuiltSite.text(page)).select("html").attr("lang");
      if (!lang.equals(primary) && !lang.equalsIgnoreCase(language)) {
        wrong.add(BuiltSite.siteDirectory().relativize(page) + ": lang=\"" + lang + "\"");
      }
    }
    assertEquals(List.of(), wrong, "pages whose <html lang> is not the site language " + language
        + " (site.yaml), as maven-site-plugin renders it for the locale in geo-examples/pom.xml");
  }

  @TestFactory
  Stream<DynamicTest> postPage_showsItsReferencedFaqItemsAsRelatedQuestionsWithoutMarkup() {
    return content.posts().stream().map(post -> dynamicTest(post.slug(), () -> {
      assertFalse(post.faq().isEmpty(), post.path() + ": the plan shows related FAQ items under every post ('faq' ids)");
      Document doc = Jsoup.parse(BuiltSite.text(BuiltSite.page(post)));
      assertEquals(1, doc.select("h2:containsOwn(Gerelateerde vragen)").size(),
          BuiltSite.page(post) + ": expected one 'Gerelateerde vragen' heading");
      Set<String> marked = ofType(nodes(geoBlock(BuiltSite.page(post))), "FAQPage").stream()
          .flatMap(f -> questions(f).stream()).map(MarkedUpQuestion::name)
          .collect(Collectors.toCollection(TreeSet::new));
      for (String id : post.faq()) {
        FaqItem item = content.faqItem(id).orElseThrow(() -> new AssertionError(post.path() + ": unknown FAQ id " + id));
        String href = "../".repeat(post.url().split("/").length - 1) + content.site().faqPage().url() + "#" + id;
        assertEquals(List.of(item.question().strip()), doc.select("a[href=\"" + href + "\"]").eachText(),
            BuiltSite.page(post) + ": the related question " + id + " should link to the FAQ page with its question text");
        assertFalse(marked.contains(item.question().strip()),
            BuiltSite.page(post) + ": FAQ item " + id + " is marked up on the FAQ page, not again under the post");
      }
    }));
  }

  @Test
  void htmlChecker_reportsNoErrorOnTheSite() {
    Path module = BuiltSite.siteDirectory().getParent().getParent();
    List<Finding> findings = HtmlChecker.check(BuiltSite.siteDirectory(), module);
    List<String> errors = findings.stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .map(Object::toString)
        .toList();
    assertEquals(List.of(), errors, "HtmlChecker errors on target/site");
  }

  @Test
  void llmsTxt_opensWithTheSiteNameAndLinksEveryPost() {
    String llms = BuiltSite.text(BuiltSite.siteDirectory().resolve("llms.txt"));
    String firstLine = llms.lines().findFirst().orElse("");
    assertEquals("# " + content.site().name(), firstLine, "llms.txt should open with the site name as its H1");
    List<String> missing = content.posts().stream()
        .map(p -> "[" + p.title() + "](" + content.site().absoluteUrl(p.url()) + ")")
        .filter(link -> !llms.contains(link))
        .toList();
    assertEquals(List.of(), missing, "llms.txt should link every post with its title and absolute url");
  }

  // ---------------------------------------------------------------- the plan, from the content

  @Test
  void content_answersEveryPersonaQuestion() {
    Map<String, PersonaQuestion> questions = content.personaQuestions();
    assertFalse(questions.isEmpty(), "personas.yaml has no questions");
    Map<String, List<String>> answeredBy = answeredBy();
    List<String> unanswered = questions.values().stream()
        .filter(q -> answeredBy.get(q.id()).isEmpty())
        .map(q -> q.id() + " (" + q.personaId() + "): " + q.text())
        .toList();
    assertEquals(List.of(), unanswered, "persona questions that no post or FAQ item answers");
  }

  @Test
  void content_completesEveryCalendarWeek() {
    List<CalendarWeek> weeks = content.calendar();
    assertEquals(WEEKS, weeks.size(), "calendar.yaml should plan " + WEEKS + " weeks");
    List<String> incomplete = new ArrayList<>();
    for (CalendarWeek w : weeks) {
      if (content.post(w.postSlug()).isEmpty()) {
        incomplete.add("week " + w.week() + ": no post '" + w.postSlug() + "'");
      }
      if (w.faqUpdate().questionIds().isEmpty()) {
        incomplete.add("week " + w.week() + ": no FAQ update");
      }
      for (String id : w.faqUpdate().questionIds()) {
        if (content.faqItem(id).isEmpty()) {
          incomplete.add("week " + w.week() + ": FAQ update names unknown item '" + id + "'");
        }
      }
    }
    assertEquals(List.of(), incomplete, "incomplete calendar weeks");
  }

  @Test
  void content_everyPostHas1000To1800Words() {
    List<String> outOfRange = content.posts().stream()
        .filter(p -> p.body().wordCount() < MIN_WORDS || p.body().wordCount() > MAX_WORDS)
        .map(p -> p.slug() + ": " + p.body().wordCount() + " words")
        .toList();
    assertEquals(List.of(), outOfRange, "posts outside " + MIN_WORDS + "–" + MAX_WORDS + " words");
  }

  // ---------------------------------------------------------------- the plan, from geo-report.json

  @Test
  void geoReportJson_passesWithoutErrors() {
    Map<?, ?> report = geoReport();
    assertEquals(Boolean.TRUE, report.get("passed"), "geo-report.json field passed");
    assertEquals(0L, reportNumber(report, "summary", "errors"), "geo-report.json field summary.errors");
  }

  @Test
  void geoReportJson_countsEveryPersonaQuestionAsAnswered() {
    Map<?, ?> report = geoReport();
    int expected = content.personaQuestions().size();
    long total = reportNumber(report, "summary", "personaQuestionsTotal");
    long answered = reportNumber(report, "summary", "personaQuestionsAnswered");
    assertAll(
        () -> assertEquals(expected, total, notWired("summary.personaQuestionsTotal", total,
            "personas.yaml has " + expected + " questions")),
        () -> assertEquals(expected, answered, notWired("summary.personaQuestionsAnswered", answered,
            "all " + expected + " persona questions are answered in the content")));
  }

  @Test
  void geoReportJson_countsEveryCalendarWeekAsComplete() {
    Map<?, ?> report = geoReport();
    long total = reportNumber(report, "summary", "calendarWeeksTotal");
    long complete = reportNumber(report, "summary", "calendarWeeksComplete");
    Object weeks = report.get("calendar");
    assertAll(
        () -> assertEquals(WEEKS, total, notWired("summary.calendarWeeksTotal", total, "calendar.yaml has 12 weeks")),
        () -> assertEquals(WEEKS, complete, notWired("summary.calendarWeeksComplete", complete,
            "all 12 weeks have their post and FAQ update")),
        () -> assertEquals(WEEKS, weeks instanceof List<?> l ? l.size() : -1, notWired("calendar[] (its length)",
            weeks instanceof List<?> l ? l.size() : weeks, "calendar.yaml has 12 weeks")));
  }

  @Test
  void geoReportJson_listsEveryPostWith1000To1800Words() {
    Map<?, ?> report = geoReport();
    assertEquals((long) content.posts().size(), reportNumber(report, "summary", "posts"),
        notWired("summary.posts", reportNumber(report, "summary", "posts"),
            "src/content/blog has " + content.posts().size() + " posts"));
    Object posts = report.get("posts");
    if (!(posts instanceof List<?> list) || list.isEmpty()) {
      fail(notWired("posts[]", posts, "src/content/blog has " + content.posts().size() + " posts, each with its words"));
      return;
    }
    Map<String, Object> words = new LinkedHashMap<>();
    for (Object p : list) {
      Map<?, ?> entry = (Map<?, ?>) p;
      words.put(String.valueOf(entry.get("slug")), entry.get("words"));
    }
    assertEquals(content.posts().stream().map(BlogPost::slug).collect(Collectors.toCollection(TreeSet::new)),
        new TreeSet<>(words.keySet()), "geo-report.json posts[].slug should name every post");
    List<String> outOfRange = words.entrySet().stream()
        .filter(e -> !(e.getValue() instanceof Long n) || n < MIN_WORDS || n > MAX_WORDS)
        .map(e -> e.getKey() + ": words=" + e.getValue())
        .toList();
    assertEquals(List.of(), outOfRange, "geo-report.json posts[].words outside " + MIN_WORDS + "–" + MAX_WORDS);
  }

  // ---------------------------------------------------------------- helpers

  /** Parses the one geo block of a page, which must sit in the head; every block must be JSON. */
  private static Object geoBlock(Path page) {
    byte[] bytes = BuiltSite.bytes(page);
    List<JsonLdBlock> blocks = JsonLdExtractor.extract(page, bytes);
    List<String> syntax = blocks.stream().flatMap(b -> b.syntaxError().stream()).map(Object::toString).toList();
    assertEquals(List.of(), syntax, page + ": JSON-LD blocks that do not parse");
    List<JsonLdBlock> geo = blocks.stream().filter(JsonLdBlock::geo).toList();
    assertEquals(1, geo.size(), page + ": expected exactly one geo block (script[data-geo])");
    Document doc = Jsoup.parse(BuiltSite.text(page));
    assertEquals(1, doc.head().select("script[data-geo]").size(), page + ": the geo block should be in <head>");
    return geo.get(0).value().orElseThrow();
  }

  private static String shorten(String s) {
    return s.length() <= 50 ? s : s.substring(0, 47) + "…";
  }

  private static List<Path> htmlPages() {
    try (Stream<Path> walk = Files.walk(BuiltSite.siteDirectory())) {
      return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("listing " + BuiltSite.siteDirectory() + " failed", e);
    }
  }

  /** For every persona question id, the posts and FAQ items that say they answer it. */
  private static Map<String, List<String>> answeredBy() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    content.personaQuestions().keySet().forEach(id -> out.put(id, new ArrayList<>()));
    for (BlogPost p : content.posts()) {
      p.answers().forEach(id -> out.computeIfAbsent(id, k -> new ArrayList<>()).add("post " + p.slug()));
    }
    for (FaqItem f : content.faqItems()) {
      f.answers().forEach(id -> out.computeIfAbsent(id, k -> new ArrayList<>()).add("faq " + f.id()));
    }
    return out;
  }

  private static Map<?, ?> geoReport() {
    Object json = JsonValues.parse(BuiltSite.text(BuiltSite.reportDirectory().resolve("geo-report.json")));
    assertTrue(json instanceof Map<?, ?>, "geo-report.json is not a JSON object");
    return (Map<?, ?>) json;
  }

  /** A number inside the report; a missing field or one of another type reads as -1. */
  private static long reportNumber(Map<?, ?> report, String object, String field) {
    if (report.get(object) instanceof Map<?, ?> o && o.get(field) instanceof Long n) {
      return n;
    }
    return -1;
  }

  /**
   * The message of a report assertion: names the field, what it holds and what the content says,
   * so that a report that does not carry the metric yet fails in words.
   */
  private static String notWired(String field, Object actual, String fromContent) {
    String state = actual == null || Long.valueOf(-1).equals(actual) ? "missing" : "is " + actual;
    return "geo-report.json field " + field + " " + state + ", but " + fromContent
        + " (the report's metrics are not filled in from the content)";
  }
}
