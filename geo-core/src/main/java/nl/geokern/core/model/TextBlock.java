package nl.geokern.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A block of running text: a paragraph, a list item, a quoted paragraph or a table row.
 *
 * @param kind what kind of block it is
 * @param text the plain text (Markdown removed)
 * @param markdown the Markdown source of the block
 * @param links the links inside the block
 * @param span where the block starts
 */
public record TextBlock(Kind kind, String text, String markdown, List<Link> links, SourceSpan span)
    implements Block {

  /** The kinds of text block. */
  public enum Kind {
    /** A paragraph. */
    PARAGRAPH,
    /** One item of a bullet or ordered list (its own text, without nested lists). */
    LIST_ITEM,
    /** A paragraph inside a block quote. */
    QUOTE,
    /** One row of a table, cells joined by spaces. */
    TABLE_ROW
  }

  /** Rejects nulls and copies the links. */
  public TextBlock {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(markdown, "markdown");
    links = List.copyOf(links);
    Objects.requireNonNull(span, "span");
  }
}
