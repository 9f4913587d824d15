package nl.geokern.core.answer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.geokern.core.model.SourceSpan;

/**
 * A question geo asks of the site, with the pages meant to answer it.
 *
 * @param kind where the question comes from
 * @param id the persona question's id, the FAQ item's id, or {@code slug#faq-n} for the n-th
 *     question of a post's FAQ section
 * @param text the question
 * @param persona the persona that asks it (persona questions only)
 * @param span where the question is written
 * @param intendedPages the urls (relative to the site) of the pages meant to answer it; empty when
 *     no page claims to
 */
public record Question(
    QuestionKind kind, String id, String text, Optional<String> persona, SourceSpan span, List<String> intendedPages) {

  /** Rejects nulls and copies the pages. */
  public Question {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(persona, "persona");
    Objects.requireNonNull(span, "span");
    intendedPages = List.copyOf(intendedPages);
  }
}
