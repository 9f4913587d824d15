package nl.geokern.core.model;

import java.util.Objects;

/**
 * A Markdown heading.
 *
 * @param level 1 to 6
 * @param text the heading's plain text
 * @param span where the heading starts (the {@code #})
 */
public record Heading(int level, String text, SourceSpan span) implements Block {

  /** Rejects nulls and levels outside 1–6. */
  public Heading {
    if (level < 1 || level > 6) {
      throw new IllegalArgumentException("heading level must be 1-6: " + level);
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }
}
