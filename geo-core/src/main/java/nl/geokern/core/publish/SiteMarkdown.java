package nl.geokern.core.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.FaqItem;
import nl.geokern.jsonld.io.AtomicFiles;

/**
 * Writes the Markdown a site generator renders, from the one source of each text: the FAQ page from
 * {@code faq.yaml}, and each post without its front matter and with the FAQ items it shows by
 * reference appended as "Gerelateerde vragen".
 *
 * <p>geo writes these files before the site generator runs (e.g. into maven-site-plugin's
 * {@code target/generated-site/markdown}), so no question is ever kept in two hand-edited copies.
 */
public final class SiteMarkdown {

  private SiteMarkdown() {}

  /** Markdown files by path relative to the generator's Markdown root, e.g. {@code faq.md}, {@code blog/x.md}. */
  public static Map<String, String> render(ContentSet content, Map<BlogPost, String> postSources) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!content.faqItems().isEmpty()) {
      out.put(markdownPath(content.site().faqPage().url()), faqPage(content));
    }
    for (BlogPost post : content.posts()) {
      String source = postSources.get(post);
      if (source != null) {
        out.put(markdownPath(post.url()), post(content, post, source));
      }
    }
    return out;
  }

  /**
   * How many Markdown files {@link #write} wrote.
   *
   * @param files every file it renders
   * @param changed the files whose bytes changed (the others were left untouched)
   */
  public record Written(int files, int changed) {}

  /**
   * Renders the Markdown of a content set (posts read from their sources under {@code baseDirectory})
   * and writes every file under {@code markdownDirectory}, each atomically and only when its bytes
   * change, so a site generator that compares times sees only real changes.
   *
   * @throws java.io.IOException when a post's source cannot be read or a file cannot be written
   */
  public static Written write(ContentSet content, java.nio.file.Path baseDirectory,
      java.nio.file.Path markdownDirectory) throws java.io.IOException {
    Map<String, String> files = render(content, readSources(content, baseDirectory));
    int changed = 0;
    for (Map.Entry<String, String> e : files.entrySet()) {
      if (AtomicFiles.writeAtomically(markdownDirectory.resolve(e.getKey()), e.getValue())) {
        changed++;
      }
    }
    return new Written(files.size(), changed);
  }

  /**
   * Reads each post's Markdown source (the post's path is relative to {@code baseDirectory} when it
   * was loaded with one).
   */
  public static Map<BlogPost, String> readSources(ContentSet content, java.nio.file.Path baseDirectory)
      throws java.io.IOException {
    Map<BlogPost, String> out = new LinkedHashMap<>();
    for (BlogPost post : content.posts()) {
      java.nio.file.Path file = post.path().isAbsolute() ? post.path() : baseDirectory.resolve(post.path());
      out.put(post, java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
    }
    return out;
  }

  /** The FAQ page: a title, then every item as an anchor and an H2 question followed by its answer. */
  public static String faqPage(ContentSet content) {
    StringBuilder sb = new StringBuilder();
    metadata(sb, content.site().faqPage().title(), content.site().faqPage().description().orElse(""), List.of(), "");
    sb.append("# ").append(content.site().faqPage().title()).append("\n\n");
    content.site().faqPage().description().ifPresent(d -> sb.append(d).append("\n\n"));
    for (FaqItem item : content.faqItems()) {
      // An explicit anchor per item, so that "Gerelateerde vragen" links and llms.txt can point at it.
      sb.append("<a id=\"").append(item.id()).append("\"></a>\n\n");
      sb.append("## ").append(item.question().strip()).append("\n\n");
      sb.append(item.answer().strip()).append("\n\n");
    }
    return sb.toString().stripTrailing() + "\n";
  }

  /** A post's Markdown without front matter, with referenced FAQ items appended. */
  public static String post(ContentSet content, BlogPost post, String source) {
    StringBuilder sb = new StringBuilder();
    String author = post.author().flatMap(content.site()::author).map(a -> a.name()).orElse("");
    metadata(sb, post.title(), post.description().orElse(""), post.keywords(), author);
    sb.append(stripFrontMatter(source).stripTrailing()).append("\n");
    List<FaqItem> related = new ArrayList<>();
    for (String id : post.faq()) {
      content.faqItem(id).ifPresent(related::add);
    }
    if (!related.isEmpty()) {
      String faqUrl = relativeUrl(post.url(), content.site().faqPage().url());
      sb.append("\n## Gerelateerde vragen\n\n");
      for (FaqItem item : related) {
        sb.append("- [").append(item.question().strip()).append("](").append(faqUrl).append('#').append(item.id())
            .append(")\n");
      }
    }
    return sb.toString();
  }

  /**
   * A front matter block with only what a site generator uses for the page head (title,
   * description, keywords, author), each value on one line.
   */
  private static void metadata(StringBuilder sb, String title, String description, List<String> keywords, String author) {
    sb.append("---\n");
    sb.append("title: ").append(yamlString(title)).append('\n');
    if (!description.isBlank()) {
      sb.append("description: ").append(yamlString(description)).append('\n');
    }
    if (!keywords.isEmpty()) {
      sb.append("keywords: ").append(yamlString(String.join(", ", keywords))).append('\n');
    }
    if (!author.isBlank()) {
      sb.append("author: ").append(yamlString(author)).append('\n');
    }
    sb.append("---\n\n");
  }

  /**
   * A front matter value on one line, as site generators read it: maven-site-plugin's Markdown
   * module takes everything after {@code key: } literally, so the value is not quoted.
   */
  private static String yamlString(String value) {
    return value.replaceAll("\\s+", " ").strip();
  }

  /** The source without a leading {@code ---} front matter block. */
  public static String stripFrontMatter(String source) {
    String s = source.startsWith("\uFEFF") ? source.substring(1) : source;
    if (!s.startsWith("---")) {
      return s;
    }
    int firstNl = s.indexOf('\n');
    if (firstNl < 0) {
      return s;
    }
    int pos = firstNl + 1;
    while (pos < s.length()) {
      int nl = s.indexOf('\n', pos);
      String line = (nl < 0 ? s.substring(pos) : s.substring(pos, nl)).stripTrailing();
      if (line.equals("---") || line.equals("...")) {
        return nl < 0 ? "" : s.substring(nl + 1).stripLeading();
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    return s;
  }

  private static String markdownPath(String url) {
    String u = url.startsWith("/") ? url.substring(1) : url;
    return u.replaceFirst("\\.html?$", "") + ".md";
  }

  /** The url of {@code target} relative to the page at {@code from} (both relative to the site root). */
  static String relativeUrl(String from, String target) {
    int depth = from.split("/", -1).length - 1;
    return "../".repeat(Math.max(0, depth)) + target;
  }
}
