package nl.geokern.core.rules.internal;

import java.util.List;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.rule.Rule;

/**
 * Lets the rule engine run the rules that check each post on its own one post at a time: all of
 * them on one post in one task, so that posts spread evenly over the threads and the measurements
 * the rules share (such as a post's readability) are made by the thread that needs them.
 */
public final class PostChecks {

  private PostChecks() {}

  /** Whether the rule checks each post on its own (and skips the posts that suppress it). */
  public static boolean perPost(Rule<?> rule) {
    return rule instanceof PostRule;
  }

  /**
   * Checks one post with a per-post rule, as the rule's own {@code check} would, adding findings to
   * {@code out}; a post that suppresses the rule is skipped.
   */
  @SuppressWarnings("unchecked")
  public static <O extends Record> void check(Rule<O> rule, O options, BlogPost post, ContentSet content,
      List<Finding> out) {
    ((PostRule<O>) rule).checkOne(post, content, options, out);
  }
}
