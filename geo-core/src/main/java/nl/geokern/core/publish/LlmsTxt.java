package nl.geokern.core.publish;

import java.util.Comparator;
import java.util.List;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.FaqItem;
import nl.geokern.core.model.Site;

/**
 * Writes {@code llms.txt} (the llmstxt.org proposal): an H1 with the site name, a blockquote
 * summary, H2 sections of {@code [title](url): description} links, and an {@code Optional} section
 * that answer engines may skip when their context is short.
 *
 * <p>Written with the Markdown twins ({@link LlmsFiles}), posts and the FAQ page link to their twins
 * ({@link MarkdownTwins}: the page's url with {@code .md} appended), as the proposal suggests;
 * written alone, they link to their HTML pages. The FAQ questions under "Optional" always link to
 * their anchors on the FAQ page, since a twin has no anchor per question.
 */
public final class LlmsTxt {

  private LlmsTxt() {}

  /**
   * The llms.txt text for the content: posts newest first under "Blog" and the FAQ page under "FAQ"
   * (each linked to its HTML page), and each FAQ question under "Optional".
   */
  public static String render(ContentSet content) {
    return render(content, false);
  }

  /**
   * The llms.txt text that goes with the Markdown twins: as {@link #render(ContentSet)}, but posts and
   * the FAQ page link to their twins ({@code blog/x.html.md}).
   */
  public static String renderLinkingTwins(ContentSet content) {
    return render(content, true);
  }

  private static String render(ContentSet content, boolean twins) {
    Site site = content.site();
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(oneLine(site.name())).append("\n\n");
    sb.append("> ").append(oneLine(site.description().orElse(site.name()))).append("\n\n");
    if (!site.areaServed().isEmpty()) {
      sb.append("Language: ").append(site.language()).append(". Serves: ")
          .append(String.join(", ", site.areaServed())).append(".\n\n");
    }
    List<BlogPost> posts = newestFirst(content.posts());
    if (!posts.isEmpty()) {
      sb.append("## Blog\n\n");
      for (BlogPost p : posts) {
        link(sb, p.title(), twins ? MarkdownTwins.url(site, p.url()) : site.absoluteUrl(p.url()),
            p.description().orElse(""));
      }
      sb.append('\n');
    }
    if (!content.faqItems().isEmpty()) {
      sb.append("## FAQ\n\n");
      String faqPage = site.faqPage().url();
      link(sb, site.faqPage().title(), twins ? MarkdownTwins.url(site, faqPage) : site.absoluteUrl(faqPage),
          site.faqPage().description().orElse(content.faqItems().size() + " questions and answers"));
      sb.append('\n');
      sb.append("## Optional\n\n");
      String faqUrl = site.absoluteUrl(site.faqPage().url());
      for (FaqItem item : content.faqItems()) {
        link(sb, item.question(), faqUrl + "#" + item.id(), "");
      }
    }
    return sb.toString().stripTrailing() + "\n";
  }

  /** Posts by publication date, newest first, then by slug: the order of llms.txt and llms-full.txt. */
  static List<BlogPost> newestFirst(List<BlogPost> posts) {
    return posts.stream()
        .sorted(Comparator.comparing((BlogPost p) -> p.datePublished().date()).reversed().thenComparing(BlogPost::slug))
        .toList();
  }

  private static void link(StringBuilder sb, String title, String url, String description) {
    sb.append("- [").append(escapeLinkText(oneLine(title))).append("](").append(url.replace(" ", "%20")).append(')');
    if (!description.isBlank()) {
      sb.append(": ").append(oneLine(description));
    }
    sb.append('\n');
  }

  private static String escapeLinkText(String text) {
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
