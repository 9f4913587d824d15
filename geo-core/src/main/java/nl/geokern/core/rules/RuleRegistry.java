package nl.geokern.core.rules;


import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The explicit list of rules geo knows: no classpath scanning, so the set of rules is visible in
 * one place and stable between runs.
 */
public final class RuleRegistry {

  private final Map<String, Rule<?>> rules;

  private RuleRegistry(List<Rule<?>> rules) {
    Map<String, Rule<?>> byId = new LinkedHashMap<>();
    for (Rule<?> r : rules) {
      if (byId.put(r.id(), r) != null) {
        throw new IllegalArgumentException("two rules share the id " + r.id());
      }
    }
    this.rules = Collections.unmodifiableMap(byId);
  }

  /** Every built-in rule: the editorial rules on posts and FAQ items, then the content-plan rules. */
  public static RuleRegistry defaults() {
    return new RuleRegistry(List.of(
        new PostLengthRule(),
        new PostHeadingsRule(),
        new PostFaqBlockRule(),
        new PostInternalLinksRule(),
        new PostKeywordsRule(),
        new PostKeywordStuffingRule(),
        new PostLocalPlaceRule(),
        new PostMetaDescriptionRule(),
        new PostTitleLengthRule(),
        new PostStatisticSourceRule(),
        new PostFictionalDisclaimerRule(),
        new FaqAnswerFirstRule(),
        new FaqAnswerLengthRule(),
        new CoveragePersonaQuestionsRule(),
        new CoverageClustersRule(),
        new CoverageCalendarRule(),
        new FaqPageCountRule(),
        new FaqDuplicateRule(),
        new ReadabilitySentenceLengthRule(),
        new ReadabilityParagraphLengthRule(),
        new ReadabilityScoreRule(),
        new GeoEvidenceRule()));
  }

  /** A registry of exactly these rules (for tests and custom rule sets). */
  public static RuleRegistry of(List<Rule<?>> rules) {
    return new RuleRegistry(rules);
  }

  /** The rules, in registry order. */
  public List<Rule<?>> rules() {
    return List.copyOf(rules.values());
  }

  /** The rule with this id. */
  public Optional<Rule<?>> rule(String id) {
    return Optional.ofNullable(rules.get(id));
  }
}
