package nl.geokern.core.rules;

import java.util.ArrayList;
import java.util.List;
import nl.geokern.core.analysis.FaqAnswer;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.text.Words;

/**
 * Rule {@code faq.answer-first}: the first sentence of every FAQ answer (FAQ page items and the
 * posts' FAQ sections) has at most 30 words.
 *
 * <p>Why: answer engines quote the first sentence under a question; a short, direct first
 * sentence is the answer, the rest explains. A long first sentence usually circles before it
 * answers.
 */
final class FaqAnswerFirstRule extends BaseRule<FaqAnswerFirstRule.Options> {

  /**
   * Options of {@code faq.answer-first}.
   *
   * @param maxFirstSentenceWords the most words the first sentence of an answer may have
   */
  public record Options(int maxFirstSentenceWords) {
    /** Rejects a maximum below 1. */
    public Options {
      if (maxFirstSentenceWords < 1) {
        throw new IllegalArgumentException("maxFirstSentenceWords must be 1 or more, found " + maxFirstSentenceWords);
      }
    }
  }

  /** The rule with the default of 30 words. */
  public FaqAnswerFirstRule() {
    super("faq.answer-first", Severity.WARNING, "The first sentence of a FAQ answer has at most 30 words.",
        new Options(30));
  }

  @Override
  public List<Finding> check(RuleContext context, Options options) {
    List<Finding> out = new ArrayList<>();
    for (FaqAnswer a : context.analysis().faqAnswers()) {
      if (a.post().filter(p -> p.suppresses(id())).isPresent() || a.firstSentence().isEmpty()) {
        continue;
      }
      String first = a.firstSentence().get();
      int words = Words.count(first);
      if (words > options.maxFirstSentenceWords()) {
        out.add(finding(a.span(),
            "the first sentence of the answer to " + quote(a.question(), 60) + " has " + words + " words; at most "
                + options.maxFirstSentenceWords() + ": " + quote(first, 80),
            "open with a short sentence that answers the question directly (yes/no, a number, the key fact);"
                + " explain after it"));
      }
    }
    return out;
  }
}
