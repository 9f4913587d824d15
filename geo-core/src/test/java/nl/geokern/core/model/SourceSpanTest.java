package nl.geokern.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SourceSpanTest {

  @Test
  void fromZeroBased_firstCharacterIsLineOneColumnOne() {
    SourceSpan span = SourceSpan.fromZeroBased(Path.of("blog/x.md"), 0, 0);
    assertEquals(1, span.line());
    assertEquals(1, span.column());
    assertEquals("blog/x.md:1:1", span.toString());
  }

  @Test
  void fromZeroBased_addsOneToLineAndColumn() {
    SourceSpan span = SourceSpan.fromZeroBased(Path.of("a.md"), 11, 4);
    assertEquals(SourceSpan.of(Path.of("a.md"), 12, 5), span);
  }

  @Test
  void fromZeroBased_negativeIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> SourceSpan.fromZeroBased(Path.of("a"), -1, 0));
  }

  @Test
  void toString_omitsUnknownParts() {
    assertEquals("a.yaml", SourceSpan.of(Path.of("a.yaml")).toString());
    assertEquals("a.yaml:3", SourceSpan.of(Path.of("a.yaml"), 3, 0).toString());
    assertFalse(SourceSpan.UNKNOWN.isKnown());
    assertTrue(SourceSpan.of(Path.of("a.yaml")).isKnown());
  }

  @Test
  void compareTo_ordersByPathThenLineThenColumn() {
    SourceSpan a = SourceSpan.of(Path.of("a.md"), 2, 9);
    SourceSpan b = SourceSpan.of(Path.of("a.md"), 10, 1);
    SourceSpan c = SourceSpan.of(Path.of("b.md"), 1, 1);
    assertTrue(a.compareTo(b) < 0);
    assertTrue(b.compareTo(c) < 0);
    assertTrue(SourceSpan.of(Path.of("a.md"), 2, 1).compareTo(a) < 0);
  }
}
