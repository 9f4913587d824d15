package nl.geokern.core.rules;

import java.util.ArrayList;
import java.util.List;
import nl.geokern.core.analysis.FaqAnswer;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;

/**
 * Rule {@code faq.answer-length}: a FAQ answer (FAQ page items and the posts' FAQ sections) has at
 * most 150 words.
 *
 * <p>Why: a FAQ answer is a quick answer; rich results and answer engines show a short text, and a
 * question that needs more deserves a post of its own, linked from the answer.
 */
final class FaqAnswerLengthRule extends BaseRule<FaqAnswerLengthRule.Options> {

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
    for (FaqAnswer a : context.analysis().faqAnswers()) {
      if (a.post().filter(p -> p.suppresses(id())).isPresent() || a.words() <= options.maxWords()) {
        continue;
      }
      out.add(finding(a.span(),
          "the answer to " + quote(a.question(), 60) + " has " + a.words() + " words; at most " + options.maxWords(),
          "keep the direct answer and the key facts (cut about "
              + plural(a.words() - options.maxWords(), "word", "words") + "); move the details to a post and link it"));
    }
    return out;
  }
}
