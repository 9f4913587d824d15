package nl.geokern.jsonld.schema;

import java.util.Map;
import java.util.Optional;

/**
 * A schema.org node built by this package: written on its own, nested in another node, or as a
 * member of a {@link JsonLdGraph}.
 */
public interface SchemaNode {

  /** The node's {@code @id}, if it has one: a graph's other nodes refer to it by this id. */
  Optional<String> id();

  /**
   * Returns the node as plain JDK values, without {@code @context}: a new, modifiable map on each
   * call. {@code form} says how nested nodes and repeated values are written.
   */
  Map<String, Object> toJsonLd(NodeForm form);
}
