package nl.geokern.jsonld.schema;

import java.util.Map;
import java.util.Optional;

/**
 * A schema.org {@code Place} or one of its types ({@code City}, {@code AdministrativeArea},
 * {@code Country}, …), such as a place an organization serves or a post is about.
 *
 * @param id the node's {@code @id}, an absolute http(s) URL, if it has one
 * @param type the schema.org type, such as {@code City}
 * @param name the place's name; not blank
 */
public record Place(Optional<String> id, String type, String name) implements SchemaNode {

  /** Checks the type and the name. */
  public Place {
    Checks.optional(id, "Place @id", Checks::httpUrl);
    Checks.typeName(type, "Place type");
    Checks.text(name, "Place name");
  }

  /** Creates a place of a type ({@code City}, {@code Country}, …) by its name. */
  public static Place of(String type, String name) {
    return new Place(Optional.empty(), type, name);
  }

  /** The same place with an {@code @id}. */
  public Place withId(String id) {
    return new Place(Optional.of(id), type, name);
  }

  @Override
  public Map<String, Object> toJsonLd(NodeForm form) {
    return Members.of(form, id, type).put("name", name).map();
  }
}
