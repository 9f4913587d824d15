package nl.geokern.core.rules;

import java.util.List;
import java.util.Optional;
import nl.geokern.core.analysis.PostAnalysis;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;

/**
 * Rule {@code post.meta-description}: a post has a {@code description} of 120–160 characters.
 *
 * <p>Why: the description is the snippet search results and answer engines show; without one they
 * pick a random sentence, and beyond about 160 characters it is cut off.
 */
final class PostMetaDescriptionRule extends PostRule<PostMetaDescriptionRule.Options> {

  /**
   * Options of {@code post.meta-description}.
   *
   * @param min the fewest characters (code points)
   * @param max the most characters (code points)
   */
  public record Options(int min, int max) {
    /** Rejects a negative minimum and a maximum below the minimum. */
    public Options {
      if (min < 0 || max < min) {
        throw new IllegalArgumentException("min must be 0 or more and max at least min, found min " + min + ", max " + max);
      }
    }
  }

  /** The rule with the default of 120–160 characters. */
  public PostMetaDescriptionRule() {
    super("post.meta-description", Severity.WARNING, "A post has a description of 120–160 characters.",
        new Options(120, 160));
  }

  @Override
  void checkPost(PostAnalysis analysis, ContentSet content, Options options, List<Finding> out) {
    BlogPost post = analysis.post();
    Optional<String> description = post.description().map(String::strip).filter(d -> !d.isEmpty());
    if (description.isEmpty()) {
      String range = range(options);
      out.add(finding(post.spanOf("description"),
          "the front matter has no description; expected " + range + " characters",
          "add 'description: …' with one or two sentences that say what the post answers, " + range + " characters"));
      return;
    }
    String d = description.get();
    int length = d.codePointCount(0, d.length());
    if (length < options.min()) {
      out.add(finding(post.spanOf("description"),
          "description has " + length + " characters; expected " + range(options),
          "add " + (options.min() - length) + " or more characters, e.g. who the post is for or what it answers"));
    } else if (length > options.max()) {
      out.add(finding(post.spanOf("description"),
          "description has " + length + " characters; expected " + range(options),
          "cut " + (length - options.max()) + " or more characters; search results cut off the rest"));
    }
  }

  /** The allowed range as the messages give it; made only for a finding (most posts have none). */
  private static String range(Options options) {
    return options.min() + "–" + options.max();
  }
}
