package nl.geokern.jsonld.schema;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A schema.org {@code Person}, such as a post's author.
 *
 * @param id the node's {@code @id}, an absolute http(s) URL such as {@code https://example.nl/#author-sanne},
 *     if it has one
 * @param name the name readers see; not blank
 * @param url an absolute http(s) URL about the person (an author page), if any
 * @param worksFor the organization the person works for, if given
 */
public record Person(Optional<String> id, String name, Optional<String> url, Optional<Organization> worksFor)
    implements SchemaNode {

  /** Checks the name and the URLs. */
  public Person {
    Checks.optional(id, "person @id", Checks::httpUrl);
    Checks.text(name, "person name");
    Checks.optional(url, "person url", Checks::httpUrl);
    Objects.requireNonNull(worksFor, "worksFor");
  }

  /** Creates a person with a name and, if known, a URL about them. */
  public Person(String name, Optional<String> url) {
    this(Optional.empty(), name, url, Optional.empty());
  }

  /** Creates a person known only by name. */
  public static Person of(String name) {
    return new Person(name, Optional.empty());
  }

  /** Creates a person with a URL about them. */
  public static Person of(String name, String url) {
    return new Person(name, Optional.of(url));
  }

  /** The same person with an {@code @id}, so that a graph's nodes can refer to them. */
  public Person withId(String id) {
    return new Person(Optional.of(id), name, url, worksFor);
  }

  /** The same person working for {@code organization}. */
  public Person withWorksFor(Organization organization) {
    return new Person(id, name, url, Optional.of(organization));
  }

  /** Returns the node on its own as plain JDK values: a new, modifiable map on each call. */
  public Map<String, Object> toJsonLd() {
    return toJsonLd(NodeForm.STANDALONE);
  }

  @Override
  public Map<String, Object> toJsonLd(NodeForm form) {
    return Members.of(form, id, "Person")
        .put("name", name)
        .put("url", url)
        .put("worksFor", worksFor)
        .map();
  }
}
