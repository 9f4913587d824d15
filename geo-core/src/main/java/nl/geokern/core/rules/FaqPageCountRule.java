package nl.geokern.core.rules;

import java.util.List;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.SourceSpan;

/**
 * {@code faq.page-count}: the FAQ page has at least 20 items.
 *
 * <p>Editorial reason: the content plan asks for a FAQ page of 20 or more questions, grown by a
 * weekly update; a thin FAQ page answers too few of the questions searchers and answer engines ask.
 */
final class FaqPageCountRule extends BaseRule<FaqPageCountRule.Options> {

  /** The rule's id. */
  public static final String ID = "faq.page-count";

  /**
   * Options of {@code faq.page-count}.
   *
   * @param min the fewest items the FAQ page may have
   */
  public record Options(int min) {
    /** Rejects a negative minimum. */
    public Options {
      if (min < 0) {
        throw new IllegalArgumentException("min must be >= 0: " + min);
      }
    }
  }

  /** The rule with its default severity and options. */
  public FaqPageCountRule() {
    super(ID, Severity.ERROR,
        "The FAQ page has at least 20 items.",
        new Options(20));
  }

  @Override
  public List<Finding> check(RuleContext context, Options options) {
    ContentSet c = context.content();
    int n = c.faqItems().size();
    if (n >= options.min()) {
      return List.of();
    }
    // The last item is where the next one goes.
    SourceSpan span = c.faqItems().isEmpty() ? SourceSpan.UNKNOWN : c.faqItems().get(n - 1).span();
    int missing = options.min() - n;
    return List.of(Finding.error(ID, span,
        "the FAQ page has " + n + (n == 1 ? " item" : " items") + "; it needs at least " + options.min(),
        "add " + missing + " more " + (missing == 1 ? "question" : "questions")
            + " to faq.yaml, planned as the calendar's weekly FAQ updates"));
  }
}
