package nl.geokern.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A place the site serves or writes about, such as Amsterdam or the Randstad.
 *
 * @param name the name used in content and markup
 * @param type the schema.org type: {@code City}, {@code AdministrativeArea}, {@code Country} or {@code Place}
 * @param aliases other spellings that count as a mention of this place
 * @param span where the place is defined
 */
public record Place(String name, String type, List<String> aliases, SourceSpan span) {

  /** The schema.org types a place may have. */
  public static final List<String> TYPES = List.of("City", "AdministrativeArea", "Country", "State", "Place");

  /** Rejects nulls and copies the aliases. */
  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(span, "span");
  }

  /** The name followed by the aliases: every spelling that counts as a mention. */
  public List<String> spellings() {
    var all = new java.util.ArrayList<String>(aliases.size() + 1);
    all.add(name);
    all.addAll(aliases);
    return List.copyOf(all);
  }
}
