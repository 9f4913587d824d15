package nl.geokern.jsonld.vocab;

/** Where a schema.org term stands in its release: core, pending review, or retired to the attic. */
public enum TermStatus {
  /** Part of the core vocabulary or a stable hosted extension (bib, auto, meta). */
  STABLE,
  /** Proposed on pending.schema.org: may still change or be dropped. */
  PENDING,
  /** Moved to attic.schema.org: kept for old markup, not to be used in new markup. */
  RETIRED
}
