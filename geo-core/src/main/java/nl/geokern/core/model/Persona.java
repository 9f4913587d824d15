package nl.geokern.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A reader the content is written for, with the questions they need answered.
 *
 * @param id unique id
 * @param name a descriptive name
 * @param role who they are
 * @param painPoints what bothers them
 * @param questions what they ask
 * @param span where the persona is defined
 */
public record Persona(
    String id, String name, String role, List<String> painPoints, List<PersonaQuestion> questions, SourceSpan span) {

  /** Rejects nulls and copies the lists. */
  public Persona {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    painPoints = List.copyOf(painPoints);
    questions = List.copyOf(questions);
    Objects.requireNonNull(span, "span");
  }
}
