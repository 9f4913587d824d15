package nl.geokern.core.rules;

import java.time.LocalDate;
import java.util.Objects;
import nl.geokern.core.analysis.ContentAnalysis;
import nl.geokern.core.model.ContentSet;

/**
 * What a rule checks: the loaded content, its analysis and the date that counts as "today".
 *
 * @param content the content set
 * @param referenceDate the date against which future posts and missing weeks are judged
 * @param analysis the analysis of {@code content}: rules read it instead of measuring text themselves
 */
public record RuleContext(ContentSet content, LocalDate referenceDate, ContentAnalysis analysis) {

  /** Rejects nulls. */
  public RuleContext {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(referenceDate, "referenceDate");
    Objects.requireNonNull(analysis, "analysis");
  }

  /** The context of a content set, analysed here. */
  public RuleContext(ContentSet content, LocalDate referenceDate) {
    this(content, referenceDate, ContentAnalysis.of(content));
  }
}
