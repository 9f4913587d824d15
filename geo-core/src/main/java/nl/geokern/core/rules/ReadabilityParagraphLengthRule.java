package nl.geokern.core.rules;

import java.util.List;
import nl.geokern.core.analysis.BlockAnalysis;
import nl.geokern.core.analysis.PostAnalysis;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.TextBlock;

/**
 * {@code readability.paragraph-length}: no paragraph of a post has more than 150 words.
 *
 * <p>Editorial reason: long paragraphs are hard to scan on a phone and hide the point a reader (or an
 * answer engine lifting a passage) is looking for; Yoast's readability analysis warns above 150 words.
 */
final class ReadabilityParagraphLengthRule extends PostRule<ReadabilityParagraphLengthRule.Options> {

  /** The rule's id. */
  public static final String ID = "readability.paragraph-length";

  /**
   * Options of {@code readability.paragraph-length}.
   *
   * @param maxWords the most words a paragraph may have
   */
  public record Options(int maxWords) {
    /** Rejects a maximum below 1. */
    public Options {
      if (maxWords < 1) {
        throw new IllegalArgumentException("maxWords must be >= 1: " + maxWords);
      }
    }
  }

  /** The rule with its default severity and options. */
  public ReadabilityParagraphLengthRule() {
    super(ID, Severity.WARNING,
        "No paragraph has more than 150 words.",
        new Options(150));
  }

  @Override
  void checkPost(PostAnalysis analysis, ContentSet content, Options options, List<Finding> out) {
    for (BlockAnalysis b : analysis.blocks()) {
      if (b.block() instanceof TextBlock p && p.kind() == TextBlock.Kind.PARAGRAPH && b.words() > options.maxWords()) {
        out.add(Finding.warning(ID, p.span(),
            "paragraph of " + b.words() + " words; at most " + options.maxWords() + " keeps it easy to scan",
            "split it where the topic turns, or turn a series of points into a list"));
      }
    }
  }

}
