package nl.geokern.core.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.metrics.ContentMetrics;
import nl.geokern.core.metrics.GeoEvidence;
import nl.geokern.core.metrics.PostMetrics;
import nl.geokern.core.metrics.QuestionCoverage;
import nl.geokern.core.metrics.WeekStatus;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.KeywordCluster;
import nl.geokern.core.report.ClusterCoverage;
import nl.geokern.core.report.EvidenceCounts;
import nl.geokern.core.report.PersonaCoverage;
import nl.geokern.core.report.PostScore;
import nl.geokern.core.report.ValidationReport;
import nl.geokern.core.report.WeekState;

/** Turns content, findings and metrics into the report's data. */
final class ReportAssembler {

  private final ValidationRequest request;

  ReportAssembler(ValidationRequest request) {
    this.request = request;
  }

  ValidationReport report(Optional<ContentSet> content, List<Finding> findings, Map<String, String> descriptions) {
    ValidationReport.Builder b = ValidationReport.builder()
        .toolVersion(request.toolVersion())
        .projectName(request.projectName())
        .generatedAt(request.generatedAt())
        .basePath(request.load().baseDirectory())
        .failOn(request.failOn())
        .findings(findings)
        .ruleDescriptions(descriptions)
        .geoEvidenceBasis(GeoEvidence.BASIS + " Weights: " + GeoEvidence.WEIGHTS);
    if (content.isEmpty()) {
      return b.build();
    }
    ContentSet c = content.get();
    ContentMetrics m = ContentMetrics.compute(c, request.referenceDate(), findings);
    b.language(c.site().language()).faqItems(c.faqItems().size());
    b.personas(personas(m));
    b.calendar(weeks(c, m));
    b.clusters(clusters(c, m));
    b.posts(posts(c, m));
    return b.build();
  }

  private static List<PersonaCoverage> personas(ContentMetrics m) {
    Map<String, List<nl.geokern.core.report.QuestionCoverage>> byPersona = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (QuestionCoverage q : m.questions()) {
      List<String> by = new ArrayList<>();
      q.postSlugs().forEach(s -> by.add("post: " + s));
      q.faqItemIds().forEach(i -> by.add("faq: " + i));
      byPersona.computeIfAbsent(q.personaId(), k -> new ArrayList<>())
          .add(new nl.geokern.core.report.QuestionCoverage(q.id(), q.text(), by));
      names.putIfAbsent(q.personaId(), q.personaName());
    }
    List<PersonaCoverage> out = new ArrayList<>();
    byPersona.forEach((id, questions) -> out.add(new PersonaCoverage(id, names.get(id), questions)));
    return out;
  }

  private static List<WeekState> weeks(ContentSet c, ContentMetrics m) {
    List<WeekState> out = new ArrayList<>();
    for (WeekStatus w : m.weeks()) {
      String title = c.post(w.postSlug()).map(BlogPost::title).orElse("");
      out.add(new WeekState(w.week(), w.date(), w.postSlug(), title, w.postPresent(),
          w.faqUpdatePresent() && w.faqUpdateValid(), w.complete(), w.future(), w.findings()));
    }
    return out;
  }

  private static List<ClusterCoverage> clusters(ContentSet c, ContentMetrics m) {
    List<ClusterCoverage> out = new ArrayList<>();
    for (nl.geokern.core.metrics.ClusterCoverage k : m.clusters()) {
      String intent = c.cluster(k.id()).map(KeywordCluster::intent).map(i -> i.label()).orElse("");
      out.add(new ClusterCoverage(k.id(), k.name(), intent, k.postSlugs(), k.faqItemIds()));
    }
    return out;
  }

  private static List<PostScore> posts(ContentSet c, ContentMetrics m) {
    List<PostScore> out = new ArrayList<>();
    for (PostMetrics p : m.posts()) {
      GeoEvidence e = p.evidence();
      out.add(new PostScore(p.slug(), p.title(), p.span().path(), p.wordCount(),
          p.readability().score().orElse(0), p.readability().scale().orElse("not scored"),
          Math.min(100, Math.max(0, p.readability().longSentenceSharePercent())), e.score(),
          new EvidenceCounts(e.sourcedStatistics(), e.attributedQuotations(), e.outboundCitations(),
              e.answerFirstQuestionHeadings(), e.placeMentions())));
    }
    return out;
  }
}
