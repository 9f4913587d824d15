package nl.geokern.core.metrics;

import java.util.List;
import java.util.Objects;

/**
 * The content of one keyword cluster.
 *
 * @param id the cluster's id
 * @param name the cluster's name
 * @param postSlugs slugs of the posts whose {@code cluster} is this one
 * @param faqItemIds ids of the FAQ items that list this cluster
 */
public record ClusterCoverage(String id, String name, List<String> postSlugs, List<String> faqItemIds) {

  /** Rejects nulls and copies the lists. */
  public ClusterCoverage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    postSlugs = List.copyOf(postSlugs);
    faqItemIds = List.copyOf(faqItemIds);
  }
}
