package nl.geokern.jsonld.html.internal;

import java.util.List;

/**
 * What {@link HeadScanner} found in a page.
 *
 * @param insertAt byte offset where a new block goes (a point where the HTML parser is "in head")
 * @param geoStart byte offset of the first geo block in the head, or -1
 * @param geoEnd byte offset just after that block's end tag, or -1
 * @param scripts every {@code application/ld+json} script found, in document order
 * @param commentToEnd whether the page ends, before any head exists, inside a comment or doctype
 *     that runs to the end of the file: no byte offset keeps that node outside the head, so the
 *     block goes before it and the parser then puts the comment into the head
 */
public record PageScan(
    int insertAt, int geoStart, int geoEnd, List<ScriptSpan> scripts, boolean commentToEnd) {

  /** Copies the list. */
  public PageScan {
    scripts = List.copyOf(scripts);
  }

  /** Whether the page already carries a geo block in its head. */
  public boolean hasGeoBlock() {
    return geoStart >= 0;
  }

  /**
   * One {@code <script type="application/ld+json">} element.
   *
   * @param start offset of {@code <script}
   * @param end offset after the end tag
   * @param contentStart offset of the first content byte
   * @param contentEnd offset after the last content byte
   * @param geo whether it carries a {@code data-geo} attribute
   * @param inHead whether the scanner met it while the parser is in the head
   */
  public record ScriptSpan(int start, int end, int contentStart, int contentEnd, boolean geo, boolean inHead) {}
}
