package nl.geokern.core.validate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.geokern.core.analysis.ContentAnalysis;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.metrics.ContentMetrics;
import nl.geokern.core.metrics.GeoEvidence;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.report.ValidationReport;

/** Turns content, findings and the content's metrics into the report's data. */
final class ReportAssembler {

  private final ValidationRequest request;

  ReportAssembler(ValidationRequest request) {
    this.request = request;
  }

  ValidationReport report(Optional<ContentSet> content, Optional<ContentAnalysis> analysis, List<Finding> findings,
      Map<String, String> descriptions) {
    ValidationReport.Builder b = ValidationReport.builder()
        .toolVersion(request.toolVersion())
        .projectName(request.projectName())
        .generatedAt(request.generatedAt())
        .basePath(request.load().baseDirectory())
        .failOn(request.failOn())
        .findings(findings)
        .ruleDescriptions(descriptions)
        .geoEvidenceBasis(GeoEvidence.BASIS + " Weights: " + GeoEvidence.WEIGHTS);
    if (content.isEmpty() || analysis.isEmpty()) {
      return b.build();
    }
    ContentSet c = content.get();
    ContentMetrics m = ContentMetrics.compute(c, analysis.get(), request.referenceDate(), findings);
    return b.language(c.site().language()).faqItems(c.faqItems().size())
        .personas(m.personas()).calendar(m.weeks()).clusters(m.clusters()).posts(m.posts())
        .build();
  }
}
