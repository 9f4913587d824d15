package nl.geokern.core.publish;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.FaqItem;
import nl.geokern.core.model.Site;

/**
 * Writes {@code llms-full.txt}: the site's posts and FAQ as clean Markdown in one file, for an
 * answer engine that reads a site in one request.
 *
 * <p>The file opens like {@code llms.txt} (an H1 with the site name and a blockquote summary). Each
 * post follows, newest first, as an H1 (the post's own, else its title), a {@code Source:} line with
 * its page's url, and its Markdown without front matter; then the FAQ page as an H1, its
 * {@code Source:} line and each item as an H2 question with its answer. Every post and every FAQ item
 * appears exactly once (a post's references to FAQ items are not repeated), and relative links are
 * made absolute, since the text no longer sits next to its page.
 */
public final class LlmsFullTxt {

  /** An ATX H1 line: {@code # Title}, with optional closing hashes. */
  private static final Pattern H1 = Pattern.compile("#[ \\t]+(.+?)(?:[ \\t]+#+)?[ \\t]*");

  private LlmsFullTxt() {}

  /** The llms-full.txt text; posts without a source in {@code postSources} are left out. */
  public static String render(ContentSet content, Map<BlogPost, String> postSources) {
    Site site = content.site();
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(MarkdownTwins.oneLine(site.name())).append("\n\n");
    sb.append("> ").append(MarkdownTwins.oneLine(site.description().orElse(site.name()))).append("\n\n");
    for (BlogPost post : LlmsTxt.newestFirst(content.posts())) {
      String source = postSources.get(post);
      if (source != null) {
        post(sb, site, post, source);
      }
    }
    if (!content.faqItems().isEmpty()) {
      faq(sb, content);
    }
    return sb.toString().stripTrailing() + "\n";
  }

  private static void post(StringBuilder sb, Site site, BlogPost post, String source) {
    String pageUrl = site.absoluteUrl(post.url());
    String body = MarkdownTwins.lines(SiteMarkdown.stripFrontMatter(source)).strip();
    String title = post.title();
    int firstLineEnd = body.indexOf('\n');
    Matcher h1 = H1.matcher(firstLineEnd < 0 ? body : body.substring(0, firstLineEnd));
    if (h1.matches()) {
      title = h1.group(1);
      body = firstLineEnd < 0 ? "" : body.substring(firstLineEnd + 1).strip();
    }
    sb.append("# ").append(MarkdownTwins.oneLine(title)).append("\n\n");
    sb.append("Source: ").append(pageUrl).append("\n\n");
    if (!body.isEmpty()) {
      sb.append(MarkdownLinks.absolute(body, pageUrl)).append("\n\n");
    }
  }

  private static void faq(StringBuilder sb, ContentSet content) {
    var settings = content.site().faqPage();
    String pageUrl = content.site().absoluteUrl(settings.url());
    sb.append("# ").append(MarkdownTwins.oneLine(settings.title())).append("\n\n");
    sb.append("Source: ").append(pageUrl).append("\n\n");
    settings.description().ifPresent(d -> sb.append(MarkdownTwins.oneLine(d)).append("\n\n"));
    for (FaqItem item : content.faqItems()) {
      sb.append("## ").append(MarkdownTwins.oneLine(item.question())).append("\n\n");
      sb.append(MarkdownLinks.absolute(MarkdownTwins.lines(item.answer()).strip(), pageUrl)).append("\n\n");
    }
  }
}
