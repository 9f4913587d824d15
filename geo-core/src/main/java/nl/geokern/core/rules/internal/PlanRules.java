package nl.geokern.core.rules.internal;

import java.util.List;
import nl.geokern.core.rule.Rule;

/** The rules on the content plan as a whole: coverage, calendar, FAQ page, readability. */
public final class PlanRules {

  /** Every plan rule, in report order. */
  public static final List<Rule<?>> ALL = List.of(
      new CoveragePersonaQuestionsRule(),
      new CoverageClustersRule(),
      new CoverageCalendarRule(),
      new FaqPageCountRule(),
      new FaqDuplicateRule(),
      new ReadabilitySentenceLengthRule(),
      new ReadabilityParagraphLengthRule(),
      new ReadabilityScoreRule(),
      new GeoEvidenceRule());

  private PlanRules() {}
}
