package nl.geokern.core.rules.internal;

import java.util.List;
import java.util.Optional;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.metrics.ReadabilityMetrics;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.TextBlock;
import nl.geokern.core.text.Readability;

/**
 * {@code readability.paragraph-length}: no paragraph of a post has more than 150 words.
 *
 * <p>Editorial reason: long paragraphs are hard to scan on a phone and hide the point a reader (or an
 * answer engine lifting a passage) is looking for; Yoast's readability analysis warns above 150 words.
 */
public final class ReadabilityParagraphLengthRule extends PostRule<ReadabilityParagraphLengthRule.Options> {

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
  void checkPost(BlogPost post, ContentSet content, Options options, List<Finding> out) {
    // The paragraphs' words come from the post's readability measurement with the setting that
    // readability.score and the report use, so the text is not walked a second time.
    Optional<Readability.Language> language = Readability.Language.ofTag(content.site().language());
    int[] paragraphWords =
        ReadabilityMetrics.paragraphWords(post, language, ReadabilityMetrics.DEFAULT_MAX_SENTENCE_WORDS);
    List<TextBlock> paragraphs = post.body().paragraphs();
    for (int k = 0; k < paragraphs.size(); k++) {
      TextBlock p = paragraphs.get(k);
      int words = paragraphWords[k];
      if (words > options.maxWords()) {
        out.add(Finding.warning(ID, p.span(),
            "paragraph of " + words + " words; at most " + options.maxWords() + " keeps it easy to scan",
            "split it where the topic turns, or turn a series of points into a list"));
      }
    }
  }

}
