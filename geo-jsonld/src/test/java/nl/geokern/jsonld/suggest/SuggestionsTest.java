package nl.geokern.jsonld.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  @Test
  void closest_typo_findsTheNameIgnoringCase() {
    assertEquals(Optional.of("datePublished"), Suggestions.closest("DatePublishd", List.of("dateModified", "datePublished")));
  }

  @Test
  void closest_swappedLetters_countAsOneEdit() {
    assertEquals(Optional.of("title"), Suggestions.closest("titel", List.of("title", "slug")));
    assertEquals(1, Suggestions.distance("titel", "title"));
  }

  @Test
  void closest_tooFarForTheWordsLength_findsNothing() {
    assertEquals(Optional.empty(), Suggestions.closest("faq", List.of("fax1")));
    assertEquals(Optional.of("fax"), Suggestions.closest("faq", List.of("fax")));
    assertEquals(Optional.empty(), Suggestions.closest("minimum", List.of("min", "max")));
  }

  @Test
  void closest_tie_goesToPreferredThenToTheFirst() {
    assertEquals(Optional.of("nama"), Suggestions.closest("name", List.of("nama", "namb")));
    assertEquals(Optional.of("namb"), Suggestions.closest("name", List.of("nama", "namb"), "namb"::equals));
  }
}
