package nl.geokern.jsonld.schema;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A schema.org {@code Person}, such as a post's author.
 *
 * @param name the name readers see; not blank
 * @param url an absolute http(s) URL about the person (an author page), if any
 */
public record Person(String name, Optional<String> url) {

  /** Checks the name and the URL. */
  public Person {
    Checks.text(name, "person name");
    Checks.optional(url, "person url", Checks::httpUrl);
  }

  /** Creates a person known only by name. */
  public static Person of(String name) {
    return new Person(name, Optional.empty());
  }

  /** Creates a person with a URL about them. */
  public static Person of(String name, String url) {
    return new Person(name, Optional.of(url));
  }

  /** Returns the JSON-LD node as plain JDK values: a new, modifiable map on each call. */
  public Map<String, Object> toJsonLd() {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("@type", "Person");
    node.put("name", name);
    url.ifPresent(u -> node.put("url", u));
    return node;
  }
}
