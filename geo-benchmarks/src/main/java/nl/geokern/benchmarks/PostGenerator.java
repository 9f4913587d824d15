package nl.geokern.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a content directory with N posts of about 1,500 words for the validation benchmark.
 *
 * <p>The example project's content ({@code geo-examples/src/content}) is the template: its YAML files
 * are copied as they are, its twelve posts are kept, and further posts are copies of them under new
 * slugs and urls (so ids stay unique and every reference still resolves).
 */
final class PostGenerator {

  private PostGenerator() {}

  /** Writes {@code posts} posts under {@code target}/blog; returns their total size in bytes. */
  static long generate(Path examples, Path target, int posts) throws IOException {
    Files.createDirectories(target.resolve("blog"));
    for (String yaml : List.of("site.yaml", "personas.yaml", "clusters.yaml", "calendar.yaml", "faq.yaml")) {
      Files.copy(examples.resolve(yaml), target.resolve(yaml), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    List<Path> templates;
    try (Stream<Path> s = Files.list(examples.resolve("blog"))) {
      templates = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    if (templates.isEmpty()) {
      throw new IOException("no posts under " + examples.resolve("blog"));
    }
    long total = 0;
    for (int i = 0; i < posts; i++) {
      Path template = templates.get(i % templates.size());
      String text = Files.readString(template, StandardCharsets.UTF_8);
      String name = template.getFileName().toString();
      if (i >= templates.size()) {
        String slug = name.substring(0, name.length() - 3);
        String copy = slug + "-" + i;
        text = text.replaceFirst("(?m)^slug: .*$", "slug: " + copy)
            .replaceFirst("(?m)^url: .*$", "url: blog/" + copy + ".html");
        name = copy + ".md";
      }
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      Files.write(target.resolve("blog").resolve(name), bytes);
      total += bytes.length;
    }
    return total;
  }
}
