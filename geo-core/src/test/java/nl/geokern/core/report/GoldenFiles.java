package nl.geokern.core.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file under {@code src/test/resources/golden}; rewrites it only
 * when the build runs with {@code -Dgeo.updateGolden=true}.
 */
public final class GoldenFiles {

  public static final Path DIR = Path.of("src", "test", "resources", "golden");

  private GoldenFiles() {}

  public static void assertMatches(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("geo.updateGolden")) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(file)) {
      fail("Golden file " + file + " does not exist. Create it on purpose with: "
          + "mvn -pl geo-core test -Dgeo.updateGolden=true");
    }
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      fail("Output differs from golden file " + file + " " + firstDifference(expected, actual)
          + "\nIf the change is intended, regenerate with: "
          + "mvn -pl geo-core test -Dgeo.updateGolden=true (and review the diff).");
    }
  }

  private static String firstDifference(String expected, String actual) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    for (int i = 0; i < Math.max(e.length, a.length); i++) {
      String el = i < e.length ? e[i] : "<end of file>";
      String al = i < a.length ? a[i] : "<end of file>";
      if (!el.equals(al)) {
        return "at line " + (i + 1) + ":\n  expected: " + el + "\n  actual:   " + al;
      }
    }
    return "(line endings only)";
  }
}
