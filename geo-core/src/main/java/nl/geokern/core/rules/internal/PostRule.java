package nl.geokern.core.rules.internal;

import java.util.ArrayList;
import java.util.List;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.rule.RuleContext;

/**
 * A rule that checks each blog post on its own, skipping the posts that suppress it.
 *
 * @param <O> the rule's options record
 */
abstract class PostRule<O extends Record> extends BaseRule<O> {

  PostRule(String id, Severity defaultSeverity, String description, O defaultOptions) {
    super(id, defaultSeverity, description, defaultOptions);
  }

  @Override
  public final List<Finding> check(RuleContext context, O options) {
    List<Finding> out = new ArrayList<>();
    for (BlogPost post : context.content().posts()) {
      checkOne(post, context.content(), options, out);
    }
    return out;
  }

  /**
   * Checks one post unless it suppresses this rule (the engine drops those findings anyway; skipping
   * saves the work), adding findings to {@code out}.
   */
  final void checkOne(BlogPost post, ContentSet content, O options, List<Finding> out) {
    if (!post.suppresses(id())) {
      checkPost(post, content, options, out);
    }
  }

  /** Checks one post, adding findings to {@code out}. */
  abstract void checkPost(BlogPost post, ContentSet content, O options, List<Finding> out);
}
