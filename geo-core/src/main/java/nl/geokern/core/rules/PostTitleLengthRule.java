package nl.geokern.core.rules;

import java.util.List;
import nl.geokern.core.analysis.PostAnalysis;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;

/**
 * Rule {@code post.title-length}: a post's title has at most 60 characters.
 *
 * <p>Why: search results and answer engines cut longer titles off, so the words that matter (the
 * keyphrase, the place) may never be seen.
 */
final class PostTitleLengthRule extends PostRule<PostTitleLengthRule.Options> {

  /**
   * Options of {@code post.title-length}.
   *
   * @param max the most characters (code points) a title may have
   */
  public record Options(int max) {
    /** Rejects a maximum below 1. */
    public Options {
      if (max < 1) {
        throw new IllegalArgumentException("max must be 1 or more, found " + max);
      }
    }
  }

  /** The rule with the default maximum of 60 characters. */
  public PostTitleLengthRule() {
    super("post.title-length", Severity.WARNING, "A post's title has at most 60 characters.", new Options(60));
  }

  @Override
  void checkPost(PostAnalysis analysis, ContentSet content, Options options, List<Finding> out) {
    BlogPost post = analysis.post();
    String title = post.title();
    int length = title.codePointCount(0, title.length());
    if (length > options.max()) {
      out.add(finding(post.spanOf("title"),
          "title has " + length + " characters; at most " + options.max() + " fit in search results: " + quote(title, 80),
          "shorten the title by " + plural(length - options.max(), "character", "characters") + ", keeping the keyphrase at the start"));
    }
  }
}
