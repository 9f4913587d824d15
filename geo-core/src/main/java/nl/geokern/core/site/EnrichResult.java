package nl.geokern.core.site;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.geokern.core.finding.Finding;
import nl.geokern.jsonld.html.SiteInjectionResult;

/**
 * What enriching a site did.
 *
 * @param injection the page counts, failures and manifest status
 * @param findings conflicts with hand-written JSON-LD and injector warnings, at the page's path and line
 * @param missingPages urls of posts and the FAQ page for which no HTML page was found
 */
public record EnrichResult(SiteInjectionResult injection, List<Finding> findings, Set<String> missingPages) {

  /** Rejects nulls and copies the collections. */
  public EnrichResult {
    Objects.requireNonNull(injection, "injection");
    findings = findings.stream().sorted().toList();
    missingPages = Set.copyOf(missingPages);
  }

  /** The one-line summary: pages scanned, changed, unchanged, without content, failed. */
  public String summary() {
    return String.format("%d pages scanned, %d changed, %d unchanged, %d without content, %d failed",
        injection.scanned(), injection.changed(), injection.unchanged(), injection.withoutContent(),
        injection.failed());
  }
}
