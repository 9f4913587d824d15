package nl.geokern.core.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionSimilarityTest {

  @Test
  void shingles_trigramsOfThePaddedText_sortedWithoutRepeats() {
    Map<String, Integer> ids = new HashMap<>();
    // " aa", "aaa" (three times), "aa ": ids 0, 1, 2.
    assertArrayEquals(new int[] {0, 1, 2}, QuestionSimilarity.shingles("aaaaa", ids));
    assertArrayEquals(new int[] {0, 1, 2}, QuestionSimilarity.shingles("aaaa", ids));
    assertArrayEquals(new int[] {3, 4}, QuestionSimilarity.shingles("bb", ids));
    assertArrayEquals(new int[0], QuestionSimilarity.shingles("", ids));
  }

  @Test
  void jaccard_sharedAndAllShingles() {
    assertEquals(0.5, QuestionSimilarity.jaccard(new int[] {1, 2, 3}, new int[] {2, 3, 4}));
    assertEquals(0.0, QuestionSimilarity.jaccard(new int[0], new int[0]));
  }
}
