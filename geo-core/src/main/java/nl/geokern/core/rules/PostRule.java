package nl.geokern.core.rules;

import java.util.ArrayList;
import java.util.List;
import nl.geokern.core.analysis.PostAnalysis;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.model.ContentSet;

/**
 * A rule that checks each blog post on its own, from the post's analysis, skipping the posts that
 * suppress it.
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
    for (PostAnalysis post : context.analysis().posts()) {
      if (!post.post().suppresses(id())) {
        checkPost(post, context.content(), options, out);
      }
    }
    return out;
  }

  /** Checks one post, adding findings to {@code out}. */
  abstract void checkPost(PostAnalysis post, ContentSet content, O options, List<Finding> out);
}
