package nl.geokern.core.rules;

import java.util.List;
import java.util.Locale;
import nl.geokern.core.analysis.PostAnalysis;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.metrics.ReadabilityMetrics;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;

/**
 * {@code readability.sentence-length}: at most 25% of a post's sentences have more than 20 words.
 *
 * <p>Editorial reason: long sentences are the main cause of hard text for the plan's readers, busy
 * business owners reading on a phone; Yoast's readability analysis uses the same thresholds (more
 * than 25% of sentences over 20 words is a problem). Sentences are counted over paragraphs, list
 * items, quotes and FAQ answers; headings and table rows do not count.
 */
final class ReadabilitySentenceLengthRule extends PostRule<ReadabilitySentenceLengthRule.Options> {

  /** The rule's id. */
  public static final String ID = "readability.sentence-length";

  /**
   * Options of {@code readability.sentence-length}.
   *
   * @param maxWords sentences with more words than this are long
   * @param maxSharePercent the largest share of long sentences a post may have, in percent
   */
  public record Options(int maxWords, double maxSharePercent) {
    /** Rejects a maximum below 1 and a share outside 0–100. */
    public Options {
      if (maxWords < 1) {
        throw new IllegalArgumentException("maxWords must be >= 1: " + maxWords);
      }
      if (maxSharePercent < 0 || maxSharePercent > 100) {
        throw new IllegalArgumentException("maxSharePercent must be 0-100: " + maxSharePercent);
      }
    }
  }

  /** The rule with its default severity and options. */
  public ReadabilitySentenceLengthRule() {
    super(ID, Severity.WARNING,
        "At most 25% of a post's sentences have more than 20 words.",
        new Options(ReadabilityMetrics.DEFAULT_MAX_SENTENCE_WORDS, 25));
  }

  @Override
  void checkPost(PostAnalysis analysis, ContentSet content, Options options, List<Finding> out) {
    BlogPost post = analysis.post();
    ReadabilityMetrics m = ReadabilityMetrics.of(analysis, options.maxWords());
    if (m.sentences() == 0 || m.longSentenceSharePercent() <= options.maxSharePercent()) {
      return;
    }
    out.add(Finding.warning(ID, m.firstLongSentence().orElse(BaseRule.headSpan(post)),
        String.format(Locale.ROOT, "%.1f%% of the sentences (%d of %d) have more than %d words; at most %s%% may",
            m.longSentenceSharePercent(), m.longSentences(), m.sentences(), options.maxWords(),
            ReadabilityScoreRule.format(options.maxSharePercent())),
        "split long sentences, starting with the one in this block; one thought per sentence"));
  }

}
