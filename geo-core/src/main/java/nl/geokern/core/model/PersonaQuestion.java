package nl.geokern.core.model;

import java.util.Objects;

/**
 * A question a persona asks; posts and FAQ items say which ones they answer, by id.
 *
 * @param id unique across all personas
 * @param text the question as the persona would ask it
 * @param personaId the persona that asks it
 * @param span where the question is defined
 */
public record PersonaQuestion(String id, String text, String personaId, SourceSpan span) {

  /** Rejects nulls. */
  public PersonaQuestion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(personaId, "personaId");
    Objects.requireNonNull(span, "span");
  }
}
