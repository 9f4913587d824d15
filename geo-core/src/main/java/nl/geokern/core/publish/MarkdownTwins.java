package nl.geokern.core.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.FaqItem;
import nl.geokern.core.model.Site;

/**
 * The Markdown twin of each post page and of the FAQ page: the page's content as clean Markdown,
 * written next to its HTML, generated from the content model (never scraped from the HTML).
 *
 * <p>Where a twin lives follows the llms.txt proposal (<a href="https://llmstxt.org">llmstxt.org</a>):
 * "the same URL as the original page, but with {@code .md} appended"; "URLs without file names
 * should append {@code index.html.md} instead". So {@code blog/x.html} has its twin at
 * {@code blog/x.html.md}, {@code blog/x/} at {@code blog/x/index.html.md}, and an extension-less
 * {@code blog/x} at {@code blog/x.md}. A twin sits in its page's folder, so the page's relative links
 * work in it unchanged.
 */
public final class MarkdownTwins {

  private MarkdownTwins() {}

  /**
   * The path of a page's twin relative to the site root, from the page's url (relative to the site,
   * or absolute on it): {@code blog/x.html} → {@code blog/x.html.md}, {@code blog/} → {@code blog/index.html.md}.
   */
  public static String path(Site site, String pageUrl) {
    String u = pageUrl;
    String base = site.url().endsWith("/") ? site.url() : site.url() + "/";
    if (u.startsWith(base)) {
      u = u.substring(base.length());
    }
    int cut = u.indexOf('#');
    u = cut < 0 ? u : u.substring(0, cut);
    cut = u.indexOf('?');
    u = cut < 0 ? u : u.substring(0, cut);
    while (u.startsWith("/")) {
      u = u.substring(1);
    }
    return (u.isEmpty() || u.endsWith("/") ? u + "index.html" : u) + ".md";
  }

  /** The absolute url of a page's twin. */
  public static String url(Site site, String pageUrl) {
    return site.absoluteUrl(path(site, pageUrl));
  }

  /**
   * Every twin by path relative to the site root: the FAQ page's (when there are FAQ items), then each
   * post's whose source is in {@code postSources}.
   */
  public static Map<String, String> render(ContentSet content, Map<BlogPost, String> postSources) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!content.faqItems().isEmpty()) {
      out.put(path(content.site(), content.site().faqPage().url()), faqPage(content));
    }
    for (BlogPost post : content.posts()) {
      String source = postSources.get(post);
      if (source != null) {
        out.put(path(content.site(), post.url()), post(content, post, source));
      }
    }
    return out;
  }

  /**
   * A post's twin: its Markdown without front matter, then the FAQ items it shows by reference, as
   * on its page (links to the FAQ page's items).
   */
  public static String post(ContentSet content, BlogPost post, String source) {
    StringBuilder sb = new StringBuilder();
    sb.append(lines(SiteMarkdown.stripFrontMatter(source)).strip()).append('\n');
    List<FaqItem> related = new ArrayList<>();
    for (String id : post.faq()) {
      content.faqItem(id).ifPresent(related::add);
    }
    if (!related.isEmpty()) {
      String faqUrl = SiteMarkdown.relativeUrl(post.url(), content.site().faqPage().url());
      sb.append("\n## Gerelateerde vragen\n\n");
      for (FaqItem item : related) {
        sb.append("- [").append(linkText(item.question())).append("](").append(faqUrl).append('#')
            .append(item.id()).append(")\n");
      }
    }
    return sb.toString();
  }

  /** The FAQ page's twin: its title, its description, and each item as an H2 question and its answer. */
  public static String faqPage(ContentSet content) {
    var settings = content.site().faqPage();
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(oneLine(settings.title())).append("\n\n");
    settings.description().ifPresent(d -> sb.append(oneLine(d)).append("\n\n"));
    for (FaqItem item : content.faqItems()) {
      sb.append("## ").append(oneLine(item.question())).append("\n\n");
      sb.append(lines(item.answer()).strip()).append("\n\n");
    }
    return sb.toString().stripTrailing() + "\n";
  }

  /** Text with {@code \n} line ends only, so a twin's bytes do not depend on how its source was saved. */
  static String lines(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  static String linkText(String text) {
    return oneLine(text).replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
  }
}
