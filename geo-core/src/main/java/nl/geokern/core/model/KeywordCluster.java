package nl.geokern.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A group of search phrases with one intent; every cluster should have content.
 *
 * @param id unique id
 * @param name a readable name
 * @param intent the searchers' intent
 * @param keywords the search phrases
 * @param places place names the cluster targets
 * @param span where the cluster is defined
 */
public record KeywordCluster(
    String id, String name, SearchIntent intent, List<String> keywords, List<String> places, SourceSpan span) {

  /** Rejects nulls and copies the lists. */
  public KeywordCluster {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(intent, "intent");
    keywords = List.copyOf(keywords);
    places = List.copyOf(places);
    Objects.requireNonNull(span, "span");
  }
}
