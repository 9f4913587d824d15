package nl.geokern.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.geokern.core.analysis.ContentAnalysis;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.load.ContentLoader;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.CalendarWeek;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.FaqUpdate;
import nl.geokern.core.report.ClusterCoverage;
import nl.geokern.core.report.PersonaCoverage;
import nl.geokern.core.report.PostScore;
import nl.geokern.core.report.QuestionCoverage;
import nl.geokern.core.report.WeekState;
import nl.geokern.core.report.WeekStatus;
import nl.geokern.core.text.Readability;
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

  static ContentMetrics compute(ContentSet content, List<Finding> findings) {
    return ContentMetrics.compute(content, ContentAnalysis.of(content), OCTOBER_1, findings);
  }

  @Test
  void compute_planFixture_coversTheWholePlan() {
    ContentMetrics m = compute(plan(), List.of());

    assertEquals(OCTOBER_1, m.referenceDate());
    assertEquals(List.of(4, 12, 5, 12), List.of(m.personas().size(), m.weeks().size(), m.clusters().size(),
        m.posts().size()));
    assertEquals(14, m.personas().stream().mapToInt(PersonaCoverage::answeredCount).sum());
    assertEquals(12, m.weeks().stream().filter(WeekState::complete).count());
  }

  @Test
  void compute_planFixture_linksQuestionsToTheirAnswers() {
    PersonaCoverage persona = compute(plan(), List.of()).personas().get(1);
    QuestionCoverage q = persona.questions().get(1);

    assertEquals(new PersonaCoverage("kritische-beslisser", "De kritische beslisser", persona.questions()), persona);
    assertEquals(new QuestionCoverage("roi-verwachten", "Welke ROI mag ik verwachten?",
        List.of("post: wat-kost-een-ai-workshop", "faq: terugverdienen-berekenen")), q);
  }

  @Test
  void compute_planFixture_weekStateAndFindingsPerPost() {
    ContentSet plan = plan();
    BlogPost casePost = plan.post("case-tijdwinst-ai-automatisering").orElseThrow();
    List<Finding> findings = List.of(
        Finding.warning("post.length", casePost.span(), "too short", ""),
        Finding.warning(ContentMetrics.KEYWORD_STUFFING_RULE, casePost.span(), "stuffed", ""),
        Finding.error("faq.page-count", plan.faqItems().get(0).span(), "not a post", ""));

    ContentMetrics m = compute(plan, findings);

    assertEquals(new WeekState(6, LocalDate.of(2026, 10, 5), "case-tijdwinst-ai-automatisering", casePost.title(),
        true, true, true, true, 2), m.weeks().get(5));
    assertFalse(m.weeks().get(4).future());
    PostScore post = m.posts().stream().filter(p -> p.slug().equals(casePost.slug())).findFirst().orElseThrow();
    // keyword stuffing takes 25 points off the evidence score
    int unstuffed = compute(plan, List.of()).posts().stream().filter(p -> p.slug().equals(casePost.slug()))
        .findFirst().orElseThrow().geoScore();
    assertEquals(Math.max(0, unstuffed - 25), post.geoScore());
  }

  @Test
  void compute_missingPostAndBadUpdate_weeksIncomplete() {
    ContentSet plan = plan();
    var week1 = plan.calendar().get(0);
    var changed = new CalendarWeek(1, week1.date(), week1.postSlug(), week1.intent(),
        week1.clusters(), new FaqUpdate(List.of(), List.of("snel-starten", "bestaat-niet")), week1.span());
    List<CalendarWeek> calendar = new ArrayList<>(plan.calendar());
    calendar.set(0, changed);
    ContentSet content = new ContentSet(plan.site(), plan.personas(), plan.clusters(), calendar, plan.faqItems(),
        plan.posts().stream().filter(p -> !p.slug().equals("ai-trends-mkb")).toList());

    ContentMetrics m = compute(content, List.of());

    assertEquals(new WeekState(1, LocalDate.of(2026, 8, 31), "ai-mkb-snelle-wins",
        plan.post("ai-mkb-snelle-wins").orElseThrow().title(), true, false, false, false, 0), m.weeks().get(0));
    assertEquals(WeekStatus.MISSING_FAQ_UPDATE, m.weeks().get(0).status());
    assertFalse(m.weeks().get(8).postPresent());
    assertFalse(m.weeks().get(8).complete());
    assertEquals(10, m.weeks().stream().filter(WeekState::complete).count());
  }

  @Test
  void compute_planFixture_clustersAndPostReadability() {
    ContentSet plan = plan();
    ContentMetrics m = compute(plan, List.of());

    assertEquals(new ClusterCoverage("cases", "Cases", "transactional", List.of("case-tijdwinst-ai-automatisering"),
        List.of("bewijs-succesvolle-cases")), m.clusters().get(4));
    PostScore post = m.posts().get(0);
    assertEquals("ai-amsterdam-randstad", post.slug());
    ReadabilityMetrics r = ReadabilityMetrics.of(ContentAnalysis.of(plan).posts().get(0),
        ReadabilityMetrics.DEFAULT_MAX_SENTENCE_WORDS);
    assertEquals("Flesch–Douma", r.formula().orElseThrow());
    assertEquals(Readability.fleschDouma(r.words(), r.sentences(), r.syllables()), post.readabilityScore());
    assertEquals("easy", post.readabilityScale());
    assertEquals(0.0, post.longSentencePercent());
    assertTrue(post.evidence().answerFirstQuestionHeadings() >= 3, post.evidence().toString());
  }
}
