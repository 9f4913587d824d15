package nl.geokern.jsonld.html;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link SiteInjector} did to a site.
 *
 * @param scanned pages found ({@code .html} and {@code .htm})
 * @param changed pages rewritten
 * @param unchanged pages that already held their block (read and found equal, or skipped through
 *     the manifest)
 * @param skippedByManifest how many of {@code unchanged} the manifest let pass without scanning
 * @param withoutContent pages for which the caller had no JSON-LD; left untouched
 * @param failures pages that could not be processed, sorted by path
 * @param existingJsonLd hand-written JSON-LD per page (relative path), for conflict reports; pages
 *     skipped through the manifest are not scanned and so not listed
 * @param warnings injector warnings per page (relative path)
 * @param manifestStatus how the manifest was used, for example {@code "fingerprint changed (was a,
 *     now b): all pages processed"}
 */
public record SiteInjectionResult(
    int scanned,
    int changed,
    int unchanged,
    int skippedByManifest,
    int withoutContent,
    List<PageFailure> failures,
    Map<String, List<ExistingJsonLd>> existingJsonLd,
    Map<String, List<String>> warnings,
    String manifestStatus) {

  /** Copies the collections and rejects nulls. */
  public SiteInjectionResult {
    failures = List.copyOf(failures);
    existingJsonLd = Map.copyOf(existingJsonLd);
    warnings = Map.copyOf(warnings);
    Objects.requireNonNull(manifestStatus, "manifestStatus");
  }

  /** How many pages failed. */
  public int failed() {
    return failures.size();
  }
}
