package nl.geokern.core.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The unboxed shingle dictionary hands out the ids the {@code Map<String, Integer>} one does. */
class QuestionSimilarityTest {

  /**
   * The reference the rule's shingles are checked against: the trigrams of {@code " " + normalised +
   * " "} as strings, each given the next id the first time a map sees it, sorted and without repeats.
   */
  static int[] shingles(String normalised, Map<String, Integer> dictionary) {
    if (normalised.isEmpty()) {
      return new int[0];
    }
    String padded = " " + normalised + " ";
    int[] ids = new int[padded.length() - 2];
    for (int i = 0; i + 3 <= padded.length(); i++) {
      ids[i] = dictionary.computeIfAbsent(padded.substring(i, i + 3), k -> dictionary.size());
    }
    return java.util.Arrays.stream(ids).sorted().distinct().toArray();
  }

  /** The similarity of two questions as written: Jaccard over the reference shingles of their normalised forms. */
  static double similarity(String a, String b) {
    Map<String, Integer> dictionary = new HashMap<>();
    return QuestionSimilarity.jaccard(shingles(QuestionSimilarity.normalise(a), dictionary),
        shingles(QuestionSimilarity.normalise(b), dictionary));
  }

  private static void assertSameIds(List<String> texts) {
    Map<String, Integer> map = new HashMap<>();
    QuestionSimilarity.ShingleIds ids = new QuestionSimilarity.ShingleIds();
    for (String text : texts) {
      assertArrayEquals(shingles(text, map), QuestionSimilarity.shingles(text, ids), text);
    }
    assertEquals(map.size(), ids.size());
  }

  @Test
  void shingles_anyTexts_sameIdsAsWithAMap() {
    qt().withExamples(500).forAll(lists().of(strings().betweenCodePoints(0, 0xFFFF).ofLengthBetween(0, 60)
            .mix(strings().betweenCodePoints('a', 'e').ofLengthBetween(0, 8), 50))
            .ofSizeBetween(0, 60))
        .checkAssert(QuestionSimilarityTest::assertSameIds);
  }

  @Test
  void shingles_shortAndRepeatedTexts_sameIdsAsWithAMap() {
    assertSameIds(List.of("", "a", "ab", "aaa", "aaaa", "a a a a", "wat kost een ai workshop",
        "wat kost een ai workshop ongeveer", "\u0000", "\u0000\u0000", "\uffff\uffff\uffff", " ", "  "));
    // Enough distinct shingles to make the table grow several times.
    StringBuilder many = new StringBuilder();
    for (char c = 0x100; c < 0x1100; c++) {
      many.append(c);
    }
    assertSameIds(List.of(many.toString(), many.reverse().toString(), "a" + many));
  }

  @Test
  void shingles_sortedWithoutRepeats() {
    QuestionSimilarity.ShingleIds ids = new QuestionSimilarity.ShingleIds();
    // " aa", "aaa" (three times), "aa ": ids 0, 1, 2.
    assertArrayEquals(new int[] {0, 1, 2}, QuestionSimilarity.shingles("aaaaa", ids));
    assertArrayEquals(new int[] {0, 1, 2}, QuestionSimilarity.shingles("aaaa", ids));
    assertArrayEquals(new int[] {3, 4}, QuestionSimilarity.shingles("bb", ids));
  }
}
