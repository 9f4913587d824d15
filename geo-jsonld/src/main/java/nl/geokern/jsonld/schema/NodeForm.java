package nl.geokern.jsonld.schema;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a node is written: on its own ({@link #STANDALONE}) or as a member of one {@link JsonLdGraph}.
 *
 * <p>On its own, nested nodes are written out in full and a property that may repeat (a post's
 * {@code author}, {@code keywords}, {@code image}) is always an array, so the output's shape does
 * not depend on counts. In a graph, a nested node that is itself a member of the graph is written as
 * the reference {@code {"@id": …}}, and a property that may repeat but holds one value is written as
 * that value, as JSON-LD's compact form does. Lists by nature (questions, breadcrumb items, the
 * places a post is about or an organisation serves, profile links) stay arrays in both forms.
 */
public final class NodeForm {

  /** Nested nodes in full, repeatable properties as arrays. */
  public static final NodeForm STANDALONE = new NodeForm(false, Set.of());

  private final boolean graph;
  private final Set<String> members;

  private NodeForm(boolean graph, Set<String> members) {
    this.graph = graph;
    this.members = members;
  }

  /** The form of the members of a graph whose nodes have these ids. */
  static NodeForm graph(Set<String> memberIds) {
    return new NodeForm(true, Set.copyOf(Objects.requireNonNull(memberIds, "memberIds")));
  }

  /** Whether one value of a repeatable property is written without its array. */
  boolean compactsSingleValues() {
    return graph;
  }

  /** A nested node: a reference when it is a member of the graph, else the node in full. */
  Map<String, Object> nested(SchemaNode node) {
    Optional<String> id = node.id();
    if (id.isPresent() && members.contains(id.get())) {
      Map<String, Object> ref = new LinkedHashMap<>();
      ref.put("@id", id.get());
      return ref;
    }
    return node.toJsonLd(this);
  }
}
