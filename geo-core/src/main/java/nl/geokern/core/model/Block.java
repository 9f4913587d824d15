package nl.geokern.core.model;

/** A block of a post's body, in document order: a heading or a block of text. */
public sealed interface Block permits Heading, TextBlock {

  /** Where the block starts. */
  SourceSpan span();

  /** The block's plain text (Markdown removed). */
  String text();
}
