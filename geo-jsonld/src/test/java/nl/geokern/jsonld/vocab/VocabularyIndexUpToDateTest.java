package nl.geokern.jsonld.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.geokern.jsonld.vocab.internal.VocabularyGenerator;
import org.junit.jupiter.api.Test;

/**
 * Regenerates the bundled vocabulary index from the schema.org release CSVs in
 * {@code ../shared/corpora/schemaorg} (beside the repository) and fails when the committed
 * index differs; skips when the corpus is not there.
 */
class VocabularyIndexUpToDateTest {

  @Test
  void generate_matchesCommittedIndex() throws IOException {
    Path moduleDir = Path.of("").toAbsolutePath();
    Path repoRoot = moduleDir.getParent();
    Path release = repoRoot.resolveSibling("shared").resolve("corpora").resolve("schemaorg");
    assumeTrue(Files.isRegularFile(release.resolve(VocabularyGenerator.TYPES_CSV)),
        "schema.org release CSVs not found at " + release);
    Path committed = moduleDir.resolve("src/main/resources" + Vocabulary.BUNDLED_RESOURCE);

    String regenerated = VocabularyGenerator.generate(release, Vocabulary.BUNDLED_RELEASE);

    assertEquals(Files.readString(committed, StandardCharsets.UTF_8), regenerated,
        "the committed " + committed.getFileName() + " is stale; regenerate it with the command in geo-jsonld/README.md");
  }
}
