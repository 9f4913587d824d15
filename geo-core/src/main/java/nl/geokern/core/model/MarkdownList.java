package nl.geokern.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A bullet or ordered list of a post's body.
 *
 * @param ordered whether it is numbered
 * @param items its items, each also present in the body's blocks
 * @param span where the list starts
 */
public record MarkdownList(boolean ordered, List<TextBlock> items, SourceSpan span) {

  /** Rejects nulls and copies the items. */
  public MarkdownList {
    items = List.copyOf(items);
    Objects.requireNonNull(span, "span");
  }
}
