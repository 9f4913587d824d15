package nl.geokern.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the module and package structure: dependencies run core → jsonld → maven-plugin, the
 * libraries never touch Maven, and no two packages depend on each other.
 */
class ArchitectureTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern REFERENCE = Pattern.compile("\\b(nl\\.geokern(?:\\.[a-z][a-z0-9_]*)+)\\.[A-Z]");
  private static final Pattern PACKAGE = Pattern.compile("^package\\s+([a-z0-9_.]+);", Pattern.MULTILINE);

  /** Main sources by package: package → packages it refers to. */
  private static Map<String, Set<String>> dependencies(String module) throws IOException {
    Map<String, Set<String>> deps = new TreeMap<>();
    Path src = ROOT.resolve(module).resolve("src/main/java");
    try (Stream<Path> files = Files.walk(src)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String text = Files.readString(f);
        Matcher pm = PACKAGE.matcher(text);
        if (!pm.find()) {
          continue;
        }
        String pkg = pm.group(1);
        Set<String> out = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
          if (!m.group(1).equals(pkg)) {
            out.add(m.group(1));
          }
        }
        if (text.contains("org.apache.maven.")) {
          out.add("org.apache.maven");
        }
      }
    }
    return deps;
  }

  private static List<String> violations(String module, String... forbiddenPrefixes) throws IOException {
    List<String> out = new ArrayList<>();
    dependencies(module).forEach((pkg, refs) -> {
      for (String ref : refs) {
        for (String forbidden : forbiddenPrefixes) {
          if (ref.startsWith(forbidden)) {
            out.add(pkg + " -> " + ref);
          }
        }
      }
    });
    return out;
  }

  @Test
  void core_dependsOnNoOtherModuleAndNotOnMaven() throws IOException {
    assertEquals(List.of(), violations("geo-core", "nl.geokern.jsonld", "nl.geokern.maven", "nl.geokern.examples",
        "org.apache.maven"));
  }

  @Test
  void jsonld_dependsOnlyOnCoreAndNotOnMaven() throws IOException {
    assertEquals(List.of(), violations("geo-jsonld", "nl.geokern.maven", "nl.geokern.examples", "org.apache.maven"));
  }

  @Test
  void plugin_doesNotDependOnExamples() throws IOException {
    assertEquals(List.of(), violations("geo-maven-plugin", "nl.geokern.examples"));
  }

  @Test
  void packages_haveNoCycles() throws IOException {
    Map<String, Set<String>> all = new HashMap<>();
    for (String module : List.of("geo-core", "geo-jsonld", "geo-maven-plugin")) {
      all.putAll(dependencies(module));
    }
    List<String> cycles = new ArrayList<>();
    for (String start : new TreeSet<>(all.keySet())) {
      // A cycle through `start`: some package it depends on leads back to it.
      Deque<List<String>> queue = new ArrayDeque<>();
      queue.add(List.of(start));
      Set<String> visited = new TreeSet<>();
      while (!queue.isEmpty()) {
        List<String> path = queue.poll();
        for (String next : all.getOrDefault(path.get(path.size() - 1), Set.of())) {
          if (next.equals(start)) {
            List<String> cycle = new ArrayList<>(path);
            cycle.add(start);
            cycles.add(String.join(" -> ", cycle));
            queue.clear();
            break;
          }
          if (all.containsKey(next) && visited.add(next)) {
            List<String> longer = new ArrayList<>(path);
            longer.add(next);
            queue.add(longer);
          }
        }
      }
    }
    assertTrue(cycles.isEmpty(), "package cycles:\n" + String.join("\n", cycles));
  }
}
