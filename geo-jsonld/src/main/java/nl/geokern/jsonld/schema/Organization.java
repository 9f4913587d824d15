package nl.geokern.jsonld.schema;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A schema.org {@code Organization}, such as a post's publisher.
 *
 * @param name the organization's name; not blank
 * @param url its home page, an absolute http(s) URL, if any
 * @param logo the URL of its logo image, an absolute http(s) URL, if any; written as an {@code
 *     ImageObject}
 */
public record Organization(String name, Optional<String> url, Optional<String> logo) {

  /** Checks the name and the URLs. */
  public Organization {
    Checks.text(name, "organization name");
    Checks.optional(url, "organization url", Checks::httpUrl);
    Checks.optional(logo, "organization logo", Checks::httpUrl);
  }

  /** Creates an organization known only by name. */
  public static Organization of(String name) {
    return new Organization(name, Optional.empty(), Optional.empty());
  }

  /** Creates an organization with its home page. */
  public static Organization of(String name, String url) {
    return new Organization(name, Optional.of(url), Optional.empty());
  }

  /** Creates an organization with its home page and logo. */
  public static Organization of(String name, String url, String logo) {
    return new Organization(name, Optional.of(url), Optional.of(logo));
  }

  /** Returns the JSON-LD node as plain JDK values: a new, modifiable map on each call. */
  public Map<String, Object> toJsonLd() {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("@type", "Organization");
    node.put("name", name);
    url.ifPresent(u -> node.put("url", u));
    logo.ifPresent(l -> {
      Map<String, Object> image = new LinkedHashMap<>();
      image.put("@type", "ImageObject");
      image.put("url", l);
      node.put("logo", image);
    });
    return node;
  }
}
