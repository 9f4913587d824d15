package nl.geokern.core.rules;

import java.util.List;
import nl.geokern.core.analysis.PostAnalysis;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;

/**
 * Rule {@code post.length}: a post's body has 1000–1800 words (headings and FAQ included, code
 * excluded).
 *
 * <p>Why: the content plan asks for long posts that answer a question completely, with room for
 * the related questions readers and answer engines ask next; beyond 1800 words a post usually
 * covers two topics and is better split.
 */
final class PostLengthRule extends PostRule<PostLengthRule.Options> {

  /**
   * Options of {@code post.length}.
   *
   * @param min the fewest words a post may have
   * @param max the most words a post may have
   */
  public record Options(int min, int max) {
    /** Rejects a negative minimum and a maximum below the minimum. */
    public Options {
      if (min < 0 || max < min) {
        throw new IllegalArgumentException("min must be 0 or more and max at least min, found min " + min + ", max " + max);
      }
    }
  }

  /** The rule with the content plan's defaults: 1000–1800 words. */
  public PostLengthRule() {
    super("post.length", Severity.ERROR, "A post's body has 1000–1800 words.", new Options(1000, 1800));
  }

  @Override
  void checkPost(PostAnalysis analysis, ContentSet content, Options options, List<Finding> out) {
    BlogPost post = analysis.post();
    int words = post.body().wordCount();
    String range = options.min() + "–" + options.max();
    if (words < options.min()) {
      out.add(finding(headSpan(post), "the body has " + plural(words, "word", "words") + "; a post needs " + range,
          "write about " + (options.min() - words) + " more words, e.g. a section that answers a related question"));
    } else if (words > options.max()) {
      out.add(finding(headSpan(post), "the body has " + words + " words; a post needs " + range,
          "cut about " + (words - options.max()) + " words, or split the post into two posts"));
    }
  }
}
