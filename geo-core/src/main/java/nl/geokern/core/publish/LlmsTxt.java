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
 */
public final class LlmsTxt {

  private LlmsTxt() {}

  /**
   * The llms.txt text for the content: posts newest first under "Blog", the FAQ page under "FAQ",
   * and each FAQ question under "Optional".
   */
  public static String render(ContentSet content) {
    Site site = content.site();
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(oneLine(site.name())).append("\n\n");
    sb.append("> ").append(oneLine(site.description().orElse(site.name()))).append("\n\n");
    if (!site.areaServed().isEmpty()) {
      sb.append("Language: ").append(site.language()).append(". Serves: ")
          .append(String.join(", ", site.areaServed())).append(".\n\n");
    }
    List<BlogPost> posts = content.posts().stream()
        .sorted(Comparator.comparing((BlogPost p) -> p.datePublished().date()).reversed().thenComparing(BlogPost::slug))
        .toList();
    if (!posts.isEmpty()) {
      sb.append("## Blog\n\n");
      for (BlogPost p : posts) {
        link(sb, p.title(), site.absoluteUrl(p.url()), p.description().orElse(""));
      }
      sb.append('\n');
    }
    if (!content.faqItems().isEmpty()) {
      sb.append("## FAQ\n\n");
      link(sb, site.faqPage().title(), site.absoluteUrl(site.faqPage().url()),
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
