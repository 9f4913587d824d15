package nl.geokern.jsonld.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One JSON-LD document of several nodes: {@code {"@context": "https://schema.org", "@graph": […]}}.
 *
 * <p>Every member has its own stable {@code @id}, and a member that names another member (a post's
 * publisher, a page's site) refers to it by that id instead of repeating it, so each node is
 * described once and every reference resolves. How values are written is described in {@link
 * NodeForm}.
 *
 * <pre>{@code
 * Organization org = Organization.builder("Geokern").id("https://example.nl/#organization").build();
 * WebSite site = WebSite.of("https://example.nl/", "Geokern").withPublisher(org);
 * String json = JsonLdGraph.of(List.of(org, site)).toJson();
 * }</pre>
 *
 * @param members the nodes, in document order; each with an {@code @id} no other member has
 */
public record JsonLdGraph(List<SchemaNode> members) implements JsonLdDocument {

  /** Copies the members and checks that each has an {@code @id} of its own. */
  public JsonLdGraph {
    members = List.copyOf(Objects.requireNonNull(members, "members"));
    Set<String> ids = new LinkedHashSet<>();
    for (SchemaNode m : members) {
      String id = m.id().orElseThrow(() -> new IllegalArgumentException("the graph member "
          + m.getClass().getSimpleName() + " has no @id; give it one so that other nodes can refer to it"));
      if (!ids.add(id)) {
        throw new IllegalArgumentException("two graph members have the @id " + id + "; each node needs an id of its own");
      }
    }
  }

  /** Creates a graph of these nodes, in this order. */
  public static JsonLdGraph of(List<? extends SchemaNode> members) {
    return new JsonLdGraph(List.copyOf(members));
  }

  @Override
  public Map<String, Object> toJsonLd() {
    Set<String> ids = new LinkedHashSet<>();
    members.forEach(m -> ids.add(m.id().orElseThrow()));
    NodeForm form = NodeForm.graph(ids);
    List<Object> graph = new ArrayList<>(members.size());
    for (SchemaNode m : members) {
      graph.add(m.toJsonLd(form));
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("@context", Members.CONTEXT);
    doc.put("@graph", graph);
    return doc;
  }
}
