package nl.geokern.core.report;

import java.util.List;
import java.util.Objects;

/**
 * A keyword cluster and the content that serves it.
 *
 * @param id the cluster's id
 * @param name the cluster's display name
 * @param intent the cluster's search intent label, such as {@code informational}
 * @param postSlugs slugs of the posts in the cluster
 * @param faqItemIds ids of the FAQ items in the cluster
 */
public record ClusterCoverage(
    String id, String name, String intent, List<String> postSlugs, List<String> faqItemIds) {

  /** Rejects nulls and copies the lists. */
  public ClusterCoverage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(intent, "intent");
    postSlugs = List.copyOf(postSlugs);
    faqItemIds = List.copyOf(faqItemIds);
  }

  /** Whether any post or FAQ item serves the cluster. */
  public boolean hasContent() {
    return !postSlugs.isEmpty() || !faqItemIds.isEmpty();
  }
}
