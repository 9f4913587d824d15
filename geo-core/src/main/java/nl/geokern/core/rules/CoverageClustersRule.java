package nl.geokern.core.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.KeywordCluster;

/**
 * {@code coverage.clusters}: every keyword cluster has at least one post.
 *
 * <p>Editorial reason: a cluster is a group of searches the plan wants to be found for; without a
 * post whose {@code cluster} is that cluster, nothing on the site targets those searches.
 */
final class CoverageClustersRule extends BaseRule<CoverageClustersRule.Options> {

  /** The rule's id. */
  public static final String ID = "coverage.clusters";

  /** Options of {@code coverage.clusters}: none. */
  public record Options() {}

  /** The rule with its default severity and options. */
  public CoverageClustersRule() {
    super(ID, Severity.WARNING,
        "Every keyword cluster has at least one post.",
        new Options());
  }

  @Override
  public List<Finding> check(RuleContext context, Options options) {
    Set<String> covered = new HashSet<>();
    for (BlogPost p : context.content().posts()) {
      p.cluster().ifPresent(covered::add);
    }
    List<Finding> out = new ArrayList<>();
    for (KeywordCluster k : context.content().clusters()) {
      if (!covered.contains(k.id())) {
        out.add(Finding.warning(ID, k.span(),
            "cluster '" + k.id() + "' (" + k.name() + ") has no post",
            "write a post with cluster: " + k.id() + " and plan it in calendar.yaml"));
      }
    }
    return out;
  }
}
