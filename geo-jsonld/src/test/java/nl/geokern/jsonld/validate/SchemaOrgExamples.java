package nl.geokern.jsonld.validate;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.geokern.jsonld.json.JsonValues;

/** The schema.org markup examples corpus in {@code ../shared/corpora/schemaorg-examples}. */
final class SchemaOrgExamples {

  /** One example file and its parsed JSON, or the parse error. */
  record Example(String file, Object json, String parseError) {}

  private SchemaOrgExamples() {}

  /** The corpus folder beside the repository; the calling test is skipped when it is absent. */
  static Path folderOrSkip() {
    Path repoRoot = Path.of("").toAbsolutePath().getParent();
    Path folder = repoRoot.resolveSibling("shared").resolve("corpora").resolve("schemaorg-examples");
    assumeTrue(Files.isDirectory(folder), "schema.org examples not found at " + folder);
    return folder;
  }

  /** Every {@code .jsonld} example, sorted by file name. */
  static List<Example> load(Path folder) {
    List<Example> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".jsonld")).sorted().toList()) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        try {
          out.add(new Example(p.getFileName().toString(), JsonValues.parse(text), null));
        } catch (JsonValues.JsonSyntaxException e) {
          out.add(new Example(p.getFileName().toString(), null, e.getMessage()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("listing " + folder + " failed", e);
    }
    return out;
  }
}
