package nl.geokern.core.rules.internal;

import java.util.ArrayList;
import java.util.List;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.rule.RuleContext;
import nl.geokern.core.text.Words;

/**
 * Rule {@code faq.answer-length}: a FAQ answer (FAQ page items and the posts' FAQ sections) has at
 * most 150 words.
 *
 * <p>Why: a FAQ answer is a quick answer; rich results and answer engines show a short text, and a
 * question that needs more deserves a post of its own, linked from the answer.
 */
public final class FaqAnswerLengthRule extends BaseRule<FaqAnswerLengthRule.Options> {

  /**
   * Options of {@code faq.answer-length}.
   *
   * @param maxWords the most words an answer may have
   */
  public record Options(int maxWords) {
    /** Rejects a maximum below 1. */
    public Options {
      if (maxWords < 1) {
        throw new IllegalArgumentException("maxWords must be 1 or more, found " + maxWords);
      }
    }
  }

  /** The rule with the default of 150 words. */
  public FaqAnswerLengthRule() {
    super("faq.answer-length", Severity.WARNING, "A FAQ answer has at most 150 words.", new Options(150));
  }

  @Override
  public List<Finding> check(RuleContext context, Options options) {
    List<Finding> out = new ArrayList<>();
    for (FaqAnswers.Answer a : FaqAnswers.all(context.content(), id())) {
      int words = Words.count(a.text());
      if (words > options.maxWords()) {
        out.add(finding(a.span(),
            "the answer to " + quote(a.question(), 60) + " has " + words + " words; at most " + options.maxWords(),
            "keep the direct answer and the key facts (cut about "
                + plural(words - options.maxWords(), "word", "words") + "); move the details to a post and link it"));
      }
    }
    return out;
  }
}
