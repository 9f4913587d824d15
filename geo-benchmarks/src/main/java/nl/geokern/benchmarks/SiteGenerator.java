package nl.geokern.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes synthetic generated sites: N pages of realistic size and structure, so that injection can
 * be measured at site scale.
 *
 * <p>When a corpus of real pages is present (by default {@code ../shared/corpora/real-sites}), its
 * HTML pages of 4 KB or more that have a {@code </head>} are the templates, used in turn; otherwise a
 * built-in page of about 34 KB (head with meta, link and script tags, a long article body) is. Every
 * page gets a unique title suffix and a FAQ section before {@code </body>}, so no two pages are equal.
 * Pages go to {@code NNN/page-N/index.html}, at most 1,000 per folder, as Hugo lays out posts.
 */
final class SiteGenerator {

  private final List<byte[]> templates;
  private final String source;

  private SiteGenerator(List<byte[]> templates, String source) {
    this.templates = templates;
    this.source = source;
  }

  /** A generator using the real pages under {@code corpus} when there are any, else the built-in page. */
  static SiteGenerator create(Optional<Path> corpus) {
    if (corpus.isPresent() && Files.isDirectory(corpus.get())) {
      List<byte[]> pages = new ArrayList<>();
      try (Stream<Path> files = Files.walk(corpus.get())) {
        for (Path p : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
          byte[] b = Files.readAllBytes(p);
          String s = new String(b, StandardCharsets.ISO_8859_1);
          if (b.length >= 4096 && s.contains("</head>") && s.contains("</body>")) {
            pages.add(b);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("reading the corpus " + corpus.get() + " failed", e);
      }
      if (!pages.isEmpty()) {
        return new SiteGenerator(pages, pages.size() + " real pages from " + corpus.get());
      }
    }
    return new SiteGenerator(List.of(syntheticPage().getBytes(StandardCharsets.UTF_8)),
        "the built-in synthetic page");
  }

  /** Where the templates come from, for the report. */
  String source() {
    return source;
  }

  /** Mean template size in bytes (pages add about 1.5 KB of FAQ to it). */
  long meanTemplateBytes() {
    return templates.stream().mapToLong(t -> t.length).sum() / templates.size();
  }

  /** The path of page {@code i} relative to the site root. */
  static String pagePath(int i) {
    return String.format("%03d/page-%d/index.html", i / 1000, i);
  }

  /** Writes {@code pages} pages under {@code root}; returns their total size in bytes. */
  long generate(Path root, int pages) throws IOException {
    long total = 0;
    for (int i = 0; i < pages; i++) {
      byte[] page = page(i);
      Path file = root.resolve(pagePath(i));
      Files.createDirectories(file.getParent());
      Files.write(file, page);
      total += page.length;
    }
    return total;
  }

  /** Page {@code i}: template {@code i mod T}, with a unique title and a FAQ section. */
  byte[] page(int i) {
    // ISO-8859-1 maps bytes to chars one to one, so the template's bytes come back unchanged
    String t = new String(templates.get(i % templates.size()), StandardCharsets.ISO_8859_1);
    int title = t.indexOf("</title>");
    if (title >= 0) {
      t = t.substring(0, title) + " (" + i + ")" + t.substring(title);
    }
    int body = t.lastIndexOf("</body>");
    String faq = faqSection(i);
    t = body >= 0 ? t.substring(0, body) + faq + t.substring(body) : t + faq;
    return t.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String faqSection(int i) {
    StringBuilder sb = new StringBuilder(1600);
    sb.append("<section class=\"faq\" id=\"faq-").append(i).append("\">\n<h2>Frequently asked questions</h2>\n");
    int n = 3 + i % 3;
    for (int q = 1; q <= n; q++) {
      sb.append("<details>\n<summary>Question ").append(q).append(" about page ").append(i)
          .append(": how does the pipeline recover when a checkpoint fails?</summary>\n<p>")
          .append("The job restarts from the latest completed checkpoint. State is restored from durable"
              + " storage, the sources rewind to the recorded offsets and processing continues, so every"
              + " record is reflected exactly once in the state. Configure the restart strategy to bound"
              + " how often this may happen.</p>\n</details>\n");
    }
    return sb.append("</section>\n").toString();
  }

  /** A page shaped like a static-site-generator blog post, about 34 KB. */
  static String syntheticPage() {
    StringBuilder sb = new StringBuilder(36_000);
    sb.append("<!doctype html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n")
        .append("  <meta charset=\"UTF-8\">\n")
        .append("  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\">\n")
        .append("  <meta name=\"description\" content=\"A synthetic post used to benchmark geo.\">\n")
        .append("  <meta name=\"generator\" content=\"Hugo 0.124.1\">\n")
        .append("  <meta property=\"og:title\" content=\"A synthetic post\" />\n")
        .append("  <meta property=\"og:type\" content=\"article\" />\n")
        .append("  <meta property=\"article:published_time\" content=\"2024-03-18T08:00:00+00:00\" />\n")
        .append("  <title>A synthetic post | Example</title>\n")
        .append("  <link rel=\"manifest\" href=\"/manifest.json\">\n")
        .append("  <link rel=\"icon\" href=\"/favicon.png\" type=\"image/x-icon\">\n")
        .append("  <link rel=\"stylesheet\" href=\"/book.min.css\" integrity=\"sha256-abc\" crossorigin=\"anonymous\">\n")
        .append("  <link rel=\"alternate\" type=\"application/rss+xml\" href=\"/index.xml\" title=\"Example\" />\n")
        .append("  <script defer src=\"/flexsearch.min.js\"></script>\n")
        .append("  <script defer src=\"/en.search.min.js\" integrity=\"sha256-def\" crossorigin=\"anonymous\"></script>\n")
        .append("  <script>\n    var _paq = window._paq = window._paq || [];\n    _paq.push(['trackPageView']);\n")
        .append("    (function() { var u = \"//analytics.example.org/\"; _paq.push(['setSiteId', '1']); })();\n")
        .append("  </script>\n</head>\n<body dir=\"ltr\">\n")
        .append("  <input type=\"checkbox\" class=\"hidden toggle\" id=\"menu-control\" />\n")
        .append("  <main class=\"container flex\">\n  <aside class=\"book-menu\"><nav>\n<ul>\n");
    for (int i = 0; i < 40; i++) {
      sb.append("<li><a href=\"/section-").append(i).append("/\" class=\"\">Section ").append(i).append("</a></li>\n");
    }
    sb.append("</ul>\n</nav></aside>\n<div class=\"book-page\">\n<article class=\"markdown\">\n")
        .append("<h1>A synthetic post</h1>\n");
    int para = 0;
    while (sb.length() < 32_000) {
      if (para % 6 == 0) {
        sb.append("<h2 id=\"part-").append(para).append("\">Part ").append(para / 6 + 1).append("</h2>\n");
      }
      sb.append("<p>Stream processing keeps state close to the computation. Each operator snapshots its"
          + " state during a checkpoint, and the <a href=\"/docs/checkpoints/\">checkpoint coordinator</a>"
          + " collects the acknowledgements. Large state lives in <code>RocksDB</code>, incremental"
          + " snapshots upload only what changed, and unaligned checkpoints let barriers overtake"
          + " buffered records under backpressure.</p>\n");
      if (para % 9 == 4) {
        sb.append("<div class=\"highlight\"><pre tabindex=\"0\"><code class=\"language-java\">env.enableCheckpointing(60_000);\n"
            + "env.getCheckpointConfig().setCheckpointingMode(CheckpointingMode.EXACTLY_ONCE);\n</code></pre></div>\n");
      }
      para++;
    }
    sb.append("</article>\n</div>\n</main>\n<footer><p>Copyright © 2024 Example.</p></footer>\n</body>\n</html>\n");
    return sb.toString();
  }
}
