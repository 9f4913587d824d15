package nl.geokern.jsonld.schema;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The members that open every top-level node of this package: context, id, type and url. */
final class RootNode {

  private RootNode() {}

  /**
   * A new, modifiable node with {@code @context}, and, when the page url is known, {@code @id}
   * ({@code url + fragment}) and {@code url}.
   */
  static Map<String, Object> of(String type, Optional<String> url, String fragment) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("@context", "https://schema.org");
    url.ifPresent(u -> node.put("@id", u + fragment));
    node.put("@type", type);
    url.ifPresent(u -> node.put("url", u));
    return node;
  }
}
