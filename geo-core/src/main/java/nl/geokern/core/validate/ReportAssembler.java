package nl.geokern.core.validate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.report.ValidationReport;

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
        .ruleDescriptions(descriptions);
    content.ifPresent(c -> b.language(c.site().language()).faqItems(c.faqItems().size()));
    return b.build();
  }
}
