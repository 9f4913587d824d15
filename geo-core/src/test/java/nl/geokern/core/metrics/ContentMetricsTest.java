package nl.geokern.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.load.ContentLoader;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.FaqUpdate;
import org.junit.jupiter.api.Test;

/** Metrics of the {@code plan} fixture: the complete 12-week content plan with short placeholder posts. */
class ContentMetricsTest {

  static final LocalDate OCTOBER_1 = LocalDate.of(2026, 10, 1);

  static ContentSet plan() {
    try {
      Path dir = Path.of(ContentMetricsTest.class.getResource("/plan/site.yaml").toURI()).getParent();
      return ContentLoader.load(dir).content().orElseThrow();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void compute_planFixture_summarisesTheWholePlan() {
    ContentMetrics m = ContentMetrics.compute(plan(), OCTOBER_1, List.of());

    assertEquals(new Summary(12, 23, 14, 14, 12, 12), m.summary());
    assertEquals(OCTOBER_1, m.referenceDate());
    assertEquals(List.of(14, 12, 5, 12), List.of(m.questions().size(), m.weeks().size(), m.clusters().size(),
        m.posts().size()));
  }

  @Test
  void compute_planFixture_linksQuestionsToTheirAnswers() {
    QuestionCoverage q = ContentMetrics.compute(plan(), OCTOBER_1, List.of()).questions().get(4);

    assertEquals("roi-verwachten", q.id());
    assertEquals("Welke ROI mag ik verwachten?", q.text());
    assertEquals("kritische-beslisser", q.personaId());
    assertEquals("De kritische beslisser", q.personaName());
    assertEquals(List.of("wat-kost-een-ai-workshop"), q.postSlugs());
    assertEquals(List.of("terugverdienen-berekenen"), q.faqItemIds());
    assertTrue(q.answered());
    assertTrue(q.span().toString().equals("plan/personas.yaml:20:9"), q.span().toString());
  }

  @Test
  void compute_planFixture_weekStateAndFindingsPerPost() {
    ContentSet plan = plan();
    BlogPost casePost = plan.post("case-tijdwinst-ai-automatisering").orElseThrow();
    List<Finding> findings = List.of(
        Finding.warning("post.length", casePost.span(), "too short", ""),
        Finding.warning(ContentMetrics.KEYWORD_STUFFING_RULE, casePost.span(), "stuffed", ""),
        Finding.error("faq.page-count", plan.faqItems().get(0).span(), "not a post", ""));

    ContentMetrics m = ContentMetrics.compute(plan, OCTOBER_1, findings);

    WeekStatus week6 = m.weeks().get(5);
    assertEquals(new WeekStatus(6, LocalDate.of(2026, 10, 5), "case-tijdwinst-ai-automatisering", true, true, true,
        List.of(), true, true, 2), week6);
    assertFalse(m.weeks().get(4).future());
    PostMetrics post = m.posts().stream().filter(p -> p.slug().equals(casePost.slug())).findFirst().orElseThrow();
    assertEquals(2, post.findings());
    assertTrue(post.evidence().keywordStuffing());
    assertEquals(0, post.evidence().score());
  }

  @Test
  void compute_missingPostAndBadUpdate_weeksIncomplete() {
    ContentSet plan = plan();
    var week1 = plan.calendar().get(0);
    var changed = new nl.geokern.core.model.CalendarWeek(1, week1.date(), week1.postSlug(), week1.intent(),
        week1.clusters(), new FaqUpdate(List.of(), List.of("snel-starten", "bestaat-niet")), week1.span());
    List<nl.geokern.core.model.CalendarWeek> calendar = new java.util.ArrayList<>(plan.calendar());
    calendar.set(0, changed);
    ContentSet content = new ContentSet(plan.site(), plan.personas(), plan.clusters(), calendar, plan.faqItems(),
        plan.posts().stream().filter(p -> !p.slug().equals("ai-trends-mkb")).toList());

    ContentMetrics m = ContentMetrics.compute(content, OCTOBER_1, List.of());

    assertEquals(new WeekStatus(1, LocalDate.of(2026, 8, 31), "ai-mkb-snelle-wins", true, true, false,
        List.of("bestaat-niet"), false, false, 0), m.weeks().get(0));
    assertFalse(m.weeks().get(8).postPresent());
    assertFalse(m.weeks().get(8).complete());
    assertEquals(new Summary(11, 23, 14, 14, 10, 12), m.summary());
  }

  @Test
  void compute_planFixture_clustersAndPostReadability() {
    ContentMetrics m = ContentMetrics.compute(plan(), OCTOBER_1, List.of());

    assertEquals(new ClusterCoverage("cases", "Cases", List.of("case-tijdwinst-ai-automatisering"),
        List.of("bewijs-succesvolle-cases")), m.clusters().get(4));
    PostMetrics post = m.posts().get(0);
    assertEquals("ai-amsterdam-randstad", post.slug());
    ReadabilityMetrics r = post.readability();
    assertEquals("Flesch–Douma", r.formula().orElseThrow());
    assertEquals(r.score(), OptionalDouble.of(
        nl.geokern.core.text.Readability.fleschDouma(r.words(), r.sentences(), r.syllables())));
    assertEquals("easy", r.scale().orElseThrow());
    assertEquals(0.0, r.longSentenceSharePercent());
    assertEquals(ReadabilityMetrics.DEFAULT_MAX_SENTENCE_WORDS, r.maxSentenceWords());
    assertTrue(post.evidence().answerFirstQuestionHeadings() >= 3, post.evidence().toString());
    assertTrue(GeoEvidence.BASIS.contains("KDD 2024"));
  }
}
