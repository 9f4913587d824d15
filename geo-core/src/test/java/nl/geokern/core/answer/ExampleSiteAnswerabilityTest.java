package nl.geokern.core.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import nl.geokern.core.load.ContentLoader;
import nl.geokern.core.load.LoadResult;
import nl.geokern.core.model.ContentSet;
import org.junit.jupiter.api.Test;

/**
 * Asks the example site's persona questions of its own content model: each one's intended page
 * must be among the top 3 passages. Skips when {@code geo-examples} is not next to this module.
 */
class ExampleSiteAnswerabilityTest {

  private static final Path EXAMPLE = Path.of("../geo-examples/src/content");

  private static AnswerabilityResult result() {
    assumeTrue(Files.isDirectory(EXAMPLE), "no example content at " + EXAMPLE.toAbsolutePath());
    LoadResult loaded = ContentLoader.load(EXAMPLE);
    assertFalse(loaded.hasErrors(), () -> loaded.findings().toString());
    ContentSet content = loaded.content().orElseThrow();
    return Answerability.ofContent(content);
  }

  @Test
  void ofContent_everyPersonaQuestionsIntendedPageRanksInTheTopThree() {
    List<QuestionResult> persona = result().of(QuestionKind.PERSONA);
    assertFalse(persona.isEmpty());
    String missed = persona.stream()
        .filter(r -> !r.inTop())
        .map(ExampleSiteAnswerabilityTest::describe)
        .collect(Collectors.joining("\n"));
    assertEquals("", missed, "persona questions whose intended page is not in the top 3");
  }

  private static String describe(QuestionResult r) {
    return r.question().id() + " \"" + r.question().text() + "\" rank " + r.rank() + " intended "
        + r.question().intendedPages() + "; top: " + r.top().stream()
            .map(h -> h.passage().link() + " \"" + h.passage().heading() + "\"").collect(Collectors.joining(", "));
  }
}
