package nl.geokern.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownBodyTest {

  private static final SourceSpan AT = SourceSpan.of(Path.of("p.md"), 1, 1);
  private static final Link L1 = new Link("een", "een.html", AT);
  private static final Link L2 = new Link("twee", "https://x.example/", AT);
  private static final Link L3 = new Link("drie", "drie.html", AT);

  private static final Heading H1 = new Heading(1, "Titel", AT);
  private static final TextBlock INTRO = block(TextBlock.Kind.PARAGRAPH, "intro", L1);
  private static final TextBlock QUOTE = block(TextBlock.Kind.QUOTE, "citaat", L2);
  private static final TextBlock ITEM = block(TextBlock.Kind.LIST_ITEM, "punt");
  private static final Heading H2 = new Heading(2, "Deel", AT);
  private static final TextBlock ROW = block(TextBlock.Kind.TABLE_ROW, "a b", L3);
  private static final TextBlock LAST = block(TextBlock.Kind.PARAGRAPH, "slot");

  private static final MarkdownBody BODY =
      new MarkdownBody(List.of(H1, INTRO, QUOTE, ITEM, H2, ROW, LAST), List.of(), 9, Optional.empty());

  @Test
  void views_inDocumentOrder() {
    assertEquals(List.of(H1, H2), BODY.headings());
    assertEquals(List.of(INTRO, QUOTE, ITEM, ROW, LAST), BODY.textBlocks());
    assertEquals(List.of(INTRO, LAST), BODY.paragraphs());
    assertEquals(List.of(L1, L2, L3), BODY.links());
    // The intro ends at the first H2 and skips quotes.
    assertEquals(List.of(INTRO, ITEM), BODY.intro());
  }

  @Test
  void views_ofABodyWithoutBlocks_areEmpty() {
    MarkdownBody empty = new MarkdownBody(List.of(), List.of(), 0, Optional.empty());
    assertEquals(List.of(), empty.headings());
    assertEquals(List.of(), empty.textBlocks());
    assertEquals(List.of(), empty.paragraphs());
    assertEquals(List.of(), empty.links());
    assertEquals(List.of(), empty.intro());
  }

  @Test
  void paragraphs_isUnmodifiable() {
    assertThrows(UnsupportedOperationException.class, () -> BODY.paragraphs().add(LAST));
  }

  private static TextBlock block(TextBlock.Kind kind, String text, Link... links) {
    return new TextBlock(kind, text, text, List.of(links), AT);
  }
}
