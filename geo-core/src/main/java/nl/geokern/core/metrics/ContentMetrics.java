package nl.geokern.core.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.CalendarWeek;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.FaqItem;
import nl.geokern.core.model.KeywordCluster;
import nl.geokern.core.model.Persona;
import nl.geokern.core.model.PersonaQuestion;
import nl.geokern.core.text.Readability;

/**
 * The coverage and quality figures of a content set, for reports: which persona questions are
 * answered where, the state of every calendar week, the content of every cluster, and per post its
 * length, readability and GEO evidence.
 *
 * @param referenceDate the date that counted as today
 * @param summary the headline counts
 * @param questions every persona question with what answers it, in file order
 * @param weeks every calendar week, in file order
 * @param clusters every keyword cluster, in file order
 * @param posts every post, in content order
 */
public record ContentMetrics(
    LocalDate referenceDate,
    Summary summary,
    List<QuestionCoverage> questions,
    List<WeekStatus> weeks,
    List<ClusterCoverage> clusters,
    List<PostMetrics> posts) {

  /** The rule whose findings mark a post as stuffing keywords (lowering its GEO evidence score). */
  public static final String KEYWORD_STUFFING_RULE = "post.keyword-stuffing";

  /** Rejects nulls and copies the lists. */
  public ContentMetrics {
    Objects.requireNonNull(referenceDate, "referenceDate");
    Objects.requireNonNull(summary, "summary");
    questions = List.copyOf(questions);
    weeks = List.copyOf(weeks);
    clusters = List.copyOf(clusters);
    posts = List.copyOf(posts);
  }

  /**
   * Computes the metrics of a content set.
   *
   * @param content the content
   * @param referenceDate the date that counts as today (weeks after it are {@code future})
   * @param findings the findings of a rule run over the content, counted per post file; a
   *     {@code post.keyword-stuffing} finding lowers the post's GEO evidence score
   */
  public static ContentMetrics compute(ContentSet content, LocalDate referenceDate, List<Finding> findings) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(referenceDate, "referenceDate");
    Map<String, Integer> findingsByPath = new HashMap<>();
    Set<String> stuffedPaths = new HashSet<>();
    for (Finding f : findings) {
      String path = f.span().path().toString();
      findingsByPath.merge(path, 1, Integer::sum);
      if (f.ruleId().equals(KEYWORD_STUFFING_RULE)) {
        stuffedPaths.add(path);
      }
    }
    Map<String, BlogPost> postsBySlug = new LinkedHashMap<>();
    for (BlogPost p : content.posts()) {
      postsBySlug.putIfAbsent(p.slug(), p);
    }
    Set<String> faqIds = new HashSet<>();
    for (FaqItem i : content.faqItems()) {
      faqIds.add(i.id());
    }

    List<QuestionCoverage> questions = questions(content);
    List<WeekStatus> weeks = new ArrayList<>();
    for (CalendarWeek w : content.calendar()) {
      BlogPost post = postsBySlug.get(w.postSlug());
      List<String> ids = w.faqUpdate().questionIds();
      List<String> missing = ids.stream().filter(id -> !faqIds.contains(id)).toList();
      boolean present = !ids.isEmpty();
      boolean valid = present && missing.isEmpty();
      int postFindings = post == null ? 0 : findingsByPath.getOrDefault(post.path().toString(), 0);
      weeks.add(new WeekStatus(w.week(), w.date(), w.postSlug(), post != null, present, valid, missing,
          w.date().isAfter(referenceDate), post != null && valid, postFindings));
    }
    List<ClusterCoverage> clusters = new ArrayList<>();
    for (KeywordCluster k : content.clusters()) {
      List<String> slugs = content.posts().stream()
          .filter(p -> p.cluster().filter(k.id()::equals).isPresent()).map(BlogPost::slug).toList();
      List<String> items = content.faqItems().stream()
          .filter(i -> i.clusters().contains(k.id())).map(FaqItem::id).toList();
      clusters.add(new ClusterCoverage(k.id(), k.name(), slugs, items));
    }
    Optional<Readability.Language> language = Readability.Language.ofTag(content.site().language());
    // Each post is measured on its own, so posts are measured in parallel (in list order).
    List<PostMetrics> posts = content.posts().parallelStream().map(p -> {
      String path = p.path().toString();
      ReadabilityMetrics readability =
          ReadabilityMetrics.of(p, language, ReadabilityMetrics.DEFAULT_MAX_SENTENCE_WORDS);
      GeoEvidence evidence = GeoEvidence.of(p, content.site());
      if (stuffedPaths.contains(path)) {
        evidence = evidence.withKeywordStuffing(true);
      }
      return new PostMetrics(p.slug(), p.title(), p.span(), p.body().wordCount(), readability, evidence,
          findingsByPath.getOrDefault(path, 0));
    }).toList();
    Summary summary = new Summary(
        content.posts().size(),
        content.faqItems().size(),
        (int) questions.stream().filter(QuestionCoverage::answered).count(),
        questions.size(),
        (int) weeks.stream().filter(WeekStatus::complete).count(),
        weeks.size());
    return new ContentMetrics(referenceDate, summary, questions, weeks, clusters, posts);
  }

  private static List<QuestionCoverage> questions(ContentSet content) {
    Map<String, List<String>> postsByQuestion = new HashMap<>();
    for (BlogPost p : content.posts()) {
      for (String q : p.answers()) {
        postsByQuestion.computeIfAbsent(q, k -> new ArrayList<>()).add(p.slug());
      }
    }
    Map<String, List<String>> itemsByQuestion = new HashMap<>();
    for (FaqItem i : content.faqItems()) {
      for (String q : i.answers()) {
        itemsByQuestion.computeIfAbsent(q, k -> new ArrayList<>()).add(i.id());
      }
    }
    List<QuestionCoverage> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Persona persona : content.personas()) {
      for (PersonaQuestion q : persona.questions()) {
        if (seen.add(q.id())) {
          out.add(new QuestionCoverage(q.id(), q.text(), persona.id(), persona.name(),
              postsByQuestion.getOrDefault(q.id(), List.of()), itemsByQuestion.getOrDefault(q.id(), List.of()),
              q.span()));
        }
      }
    }
    return out;
  }
}
