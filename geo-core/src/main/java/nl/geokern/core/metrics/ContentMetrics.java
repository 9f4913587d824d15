package nl.geokern.core.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.geokern.core.analysis.ContentAnalysis;
import nl.geokern.core.analysis.PostAnalysis;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.CalendarWeek;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.FaqItem;
import nl.geokern.core.model.KeywordCluster;
import nl.geokern.core.model.Persona;
import nl.geokern.core.model.PersonaQuestion;
import nl.geokern.core.report.ClusterCoverage;
import nl.geokern.core.report.EvidenceCounts;
import nl.geokern.core.report.PersonaCoverage;
import nl.geokern.core.report.PostScore;
import nl.geokern.core.report.QuestionCoverage;
import nl.geokern.core.report.WeekState;

/**
 * The coverage and quality figures of a content set, as the report shows them: which persona
 * questions are answered where, the state of every calendar week, the content of every cluster, and
 * per post its length, readability and GEO evidence (from the posts' analyses).
 *
 * @param referenceDate the date that counted as today
 * @param personas every persona with its questions and what answers them, in file order
 * @param weeks every calendar week, in file order
 * @param clusters every keyword cluster, in file order
 * @param posts every post, in content order
 */
public record ContentMetrics(
    LocalDate referenceDate,
    List<PersonaCoverage> personas,
    List<WeekState> weeks,
    List<ClusterCoverage> clusters,
    List<PostScore> posts) {

  /** The rule whose findings mark a post as stuffing keywords (lowering its GEO evidence score). */
  public static final String KEYWORD_STUFFING_RULE = "post.keyword-stuffing";

  /** Rejects nulls and copies the lists. */
  public ContentMetrics {
    Objects.requireNonNull(referenceDate, "referenceDate");
    personas = List.copyOf(personas);
    weeks = List.copyOf(weeks);
    clusters = List.copyOf(clusters);
    posts = List.copyOf(posts);
  }

  /**
   * Computes the metrics of a content set.
   *
   * @param content the content
   * @param analysis the content's analysis
   * @param referenceDate the date that counts as today (weeks after it are {@code future})
   * @param findings the findings of a rule run over the content, counted per post file; a
   *     {@code post.keyword-stuffing} finding lowers the post's GEO evidence score
   */
  public static ContentMetrics compute(ContentSet content, ContentAnalysis analysis, LocalDate referenceDate,
      List<Finding> findings) {
    Map<String, Integer> findingsByPath = new HashMap<>();
    Set<String> stuffedPaths = new HashSet<>();
    for (Finding f : findings) {
      String path = f.span().path().toString();
      findingsByPath.merge(path, 1, Integer::sum);
      if (f.ruleId().equals(KEYWORD_STUFFING_RULE)) {
        stuffedPaths.add(path);
      }
    }
    Set<String> faqIds = new HashSet<>();
    content.faqItems().forEach(i -> faqIds.add(i.id()));
    List<WeekState> weeks = new ArrayList<>();
    for (CalendarWeek w : content.calendar()) {
      var post = content.post(w.postSlug());
      List<String> ids = w.faqUpdate().questionIds();
      boolean faqUpdate = !ids.isEmpty() && faqIds.containsAll(ids);
      int postFindings = post.map(p -> findingsByPath.getOrDefault(p.path().toString(), 0)).orElse(0);
      weeks.add(new WeekState(w.week(), w.date(), w.postSlug(), post.map(BlogPost::title).orElse(""),
          post.isPresent(), faqUpdate, post.isPresent() && faqUpdate, w.date().isAfter(referenceDate), postFindings));
    }
    List<ClusterCoverage> clusters = new ArrayList<>();
    for (KeywordCluster k : content.clusters()) {
      List<String> slugs = content.posts().stream()
          .filter(p -> p.cluster().filter(k.id()::equals).isPresent()).map(BlogPost::slug).toList();
      List<String> items = content.faqItems().stream()
          .filter(i -> i.clusters().contains(k.id())).map(FaqItem::id).toList();
      clusters.add(new ClusterCoverage(k.id(), k.name(), k.intent().label(), slugs, items));
    }
    List<PostScore> posts = new ArrayList<>();
    for (PostAnalysis p : analysis.posts()) {
      String path = p.post().path().toString();
      posts.add(score(p, stuffedPaths.contains(path)));
    }
    return new ContentMetrics(referenceDate, personas(content), weeks, clusters, posts);
  }

  /** A post's readability and GEO evidence, as the report shows them. */
  private static PostScore score(PostAnalysis analysis, boolean keywordStuffing) {
    BlogPost p = analysis.post();
    ReadabilityMetrics r = ReadabilityMetrics.of(analysis, ReadabilityMetrics.DEFAULT_MAX_SENTENCE_WORDS);
    GeoEvidence e = GeoEvidence.of(analysis).withKeywordStuffing(keywordStuffing);
    return new PostScore(p.slug(), p.title(), p.span().path(), p.body().wordCount(), r.score().orElse(0),
        r.scale().orElse("not scored"), Math.min(100, Math.max(0, r.longSentenceSharePercent())), e.score(),
        new EvidenceCounts(e.sourcedStatistics(), e.attributedQuotations(), e.outboundCitations(),
            e.answerFirstQuestionHeadings(), e.placeMentions()));
  }

  /** Every persona with its questions, each question once, and the posts and FAQ items that answer it. */
  private static List<PersonaCoverage> personas(ContentSet content) {
    Map<String, List<String>> answeredBy = new HashMap<>();
    for (BlogPost p : content.posts()) {
      p.answers().forEach(q -> answeredBy.computeIfAbsent(q, k -> new ArrayList<>()).add("post: " + p.slug()));
    }
    for (FaqItem i : content.faqItems()) {
      i.answers().forEach(q -> answeredBy.computeIfAbsent(q, k -> new ArrayList<>()).add("faq: " + i.id()));
    }
    List<PersonaCoverage> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Persona persona : content.personas()) {
      List<QuestionCoverage> questions = new ArrayList<>();
      for (PersonaQuestion q : persona.questions()) {
        if (seen.add(q.id())) {
          questions.add(new QuestionCoverage(q.id(), q.text(), answeredBy.getOrDefault(q.id(), List.of())));
        }
      }
      if (!questions.isEmpty()) {
        out.add(new PersonaCoverage(persona.id(), persona.name(), questions));
      }
    }
    return out;
  }
}
