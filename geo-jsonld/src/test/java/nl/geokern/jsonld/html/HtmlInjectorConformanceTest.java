package nl.geokern.jsonld.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the injector over the shared corpora: html5lib tree-construction inputs and real Hugo pages.
 * Skips when {@code ../shared} (beside the repository root) is absent.
 */
class HtmlInjectorConformanceTest {

  /** The corpora folder: {@code <repo root>/../shared/corpora}, the repo root being the module's parent. */
  static Path corpora() {
    return Path.of("").toAbsolutePath().getParent().getParent().resolve("shared/corpora");
  }

  @Test
  void inject_html5libTreeCorpus() throws IOException {
    runCorpus("html5lib-tree", 1604);
  }

  @Test
  void inject_flinkWebCorpus() throws IOException {
    runCorpus("real-sites/flink-web", 200);
  }

  private static void runCorpus(String name, int expected) throws IOException {
    Path dir = corpora().resolve(name);
    assumeTrue(Files.isDirectory(dir), "corpus absent: " + dir);
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    List<String> failures = new ArrayList<>();
    for (Path f : files) {
      byte[] in = Files.readAllBytes(f);
      Optional<String> problem;
      try {
        problem = Conformance.check(in, Conformance.JSON, StandardCharsets.UTF_8);
      } catch (RuntimeException e) {
        problem = Optional.of("threw " + e);
      }
      problem.ifPresent(p -> failures.add(dir.relativize(f) + ": " + p));
    }
    int pass = files.size() - failures.size();
    System.out.println(name + ": " + pass + "/" + files.size() + " pass");
    failures.stream().limit(30).forEach(System.out::println);
    assertEquals(expected, files.size(), "corpus size");
    assertEquals(List.of(), failures.stream().limit(10).toList());
  }
}
