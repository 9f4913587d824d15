package nl.geokern.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A person who writes posts; becomes the BlogPosting's author.
 *
 * @param id the id posts use in their {@code author} field
 * @param name the full name
 * @param url a page about the author, if any
 * @param jobTitle the author's role, if given
 * @param span where the author is defined
 */
public record Author(String id, String name, Optional<String> url, Optional<String> jobTitle, SourceSpan span) {

  /** Rejects nulls. */
  public Author {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(jobTitle, "jobTitle");
    Objects.requireNonNull(span, "span");
  }
}
