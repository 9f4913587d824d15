package nl.geokern.core.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The table-driven accent folding gives what Unicode normalisation gives. */
class KeyphrasesFoldTest {

  private static String reference(String text) {
    return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }

  @Test
  void fold_dutchText_dropsAccentsAndCase() {
    assertEquals("een ideeen cafe – geinteresseerd 's-gravenhage",
        Keyphrases.fold("Eén ideeën Café – Geïnteresseerd 's-Gravenhage"));
    assertEquals("a\u0000b", Keyphrases.fold("A\u0000B"));
  }

  @Test
  void fold_anyLatinText_equalsNormalisation() {
    qt().withExamples(2000).forAll(strings().betweenCodePoints(0, 0x24F).ofLengthBetween(0, 30))
        .checkAssert(s -> assertEquals(reference(s), Keyphrases.fold(s), s));
  }

  @Test
  void fold_anyBmpText_equalsNormalisation() {
    qt().withExamples(5000).forAll(strings().betweenCodePoints(0, 0x1FFFF).ofLengthBetween(0, 12))
        .checkAssert(s -> assertEquals(reference(s), Keyphrases.fold(s), s));
  }

  /** The tokens as first made: the folded text cut at every character that is not a letter or digit. */
  private static List<String> referenceTokens(String text) {
    StringBuilder marked = new StringBuilder();
    for (char c : reference(text).toCharArray()) {
      marked.append(Character.isLetterOrDigit(c) ? c : ' ');
    }
    return Arrays.stream(marked.toString().split(" +")).filter(t -> !t.isEmpty()).toList();
  }

  @Test
  void tokens_anyText_areTheFoldedTextCutAtNonLetters() {
    qt().withExamples(3000).forAll(strings().betweenCodePoints(0, 0x24F).ofLengthBetween(0, 40)
            .mix(strings().betweenCodePoints(0, 0x1FFFF).ofLengthBetween(0, 20), 40))
        .checkAssert(s -> assertEquals(referenceTokens(s), Keyphrases.tokens(s), s));
    assertEquals(List.of("een", "cafe", "ai", "workshop", "mkb", "ers"), Keyphrases.tokens("Eén café: AI-workshop, MKB'ers"));
  }
}
