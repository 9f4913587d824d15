package nl.geokern.core.rules.internal;

import java.util.List;
import nl.geokern.core.rule.Rule;

/** The editorial rules on posts and FAQ items, in report order. */
public final class EditorialRules {

  /** Every editorial rule. */
  public static final List<Rule<?>> ALL = List.of(
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
      new FaqAnswerLengthRule());

  private EditorialRules() {}
}
