package nl.geokern.jsonld.html;

import java.util.Objects;

/**
 * A {@code <script type="application/ld+json">} already in a page, reported so that a caller can
 * detect conflicts with the generated graph (for example two FAQPage nodes).
 *
 * @param offset byte offset of its {@code <script} tag
 * @param line 1-based line of the tag
 * @param column 1-based column of the tag, counted in characters
 * @param text the script's content, decoded with the page's charset
 * @param geo whether it carries geo's {@code data-geo} attribute (a stray or duplicate geo block)
 * @param inHead whether it is in the head
 */
public record ExistingJsonLd(int offset, int line, int column, String text, boolean geo, boolean inHead) {

  /** Rejects a null text and non-positive positions. */
  public ExistingJsonLd {
    Objects.requireNonNull(text, "text");
    if (offset < 0 || line < 1 || column < 1) {
      throw new IllegalArgumentException("bad position " + offset + " " + line + ":" + column);
    }
  }
}
