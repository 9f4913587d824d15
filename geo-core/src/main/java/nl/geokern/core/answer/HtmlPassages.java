package nl.geokern.core.answer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.geokern.core.model.SourceSpan;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The passages of built HTML pages: the page's visible main content ({@code <main>}, else
 * {@code role=main}, else a lone {@code <article>}, else {@code <body>}), without navigation, the
 * page header, footers, asides, scripts, styles, templates and hidden elements, cut by heading
 * section and split at about {@value ModelPassages#MAX_WORDS} words.
 *
 * <p>A passage's fragment is its heading's id; else the id or name of an anchor inside the heading;
 * else the id of the section the heading opens; else the id of an empty anchor just before it.
 */
public final class HtmlPassages {

  private static final Set<String> LEFT_OUT =
      Set.of("nav", "footer", "aside", "script", "style", "template", "noscript", "svg", "button", "select");

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private HtmlPassages() {}

  /** The passages of every {@code .html}/{@code .htm} page under {@code siteDirectory}, by path. */
  public static List<Passage> fromSite(Path siteDirectory) throws IOException {
    return fromSite(siteDirectory, ModelPassages.MAX_WORDS);
  }

  /**
   * The passages of every {@code .html}/{@code .htm} page under {@code siteDirectory}, pages in
   * path order; a page's url is its path relative to the folder (e.g. {@code blog/x.html}).
   *
   * @throws IOException when the folder cannot be listed or a page cannot be read
   */
  public static List<Passage> fromSite(Path siteDirectory, int maxWords) throws IOException {
    List<Path> pages;
    try (Stream<Path> files = Files.walk(siteDirectory)) {
      pages = files.filter(Files::isRegularFile).filter(HtmlPassages::isHtml).sorted().toList();
    }
    List<Passage> out = new ArrayList<>();
    for (Path file : pages) {
      String page = siteDirectory.relativize(file).toString().replace('\\', '/');
      out.addAll(read(file, page, maxWords));
    }
    return List.copyOf(out);
  }

  /**
   * The passages of one page file, its charset taken from a byte order mark or {@code <meta charset>}
   * (UTF-8 otherwise); each passage's span names the file.
   *
   * @param page the page's url relative to the site root
   * @throws IOException when the file cannot be read
   */
  public static List<Passage> read(Path file, String page, int maxWords) throws IOException {
    return passages(Jsoup.parse(file, null, ""), page, SourceSpan.of(file), maxWords);
  }

  /** The passages of a page's HTML, split at {@value ModelPassages#MAX_WORDS} words; spans are unknown. */
  public static List<Passage> cut(String html, String page) {
    return passages(Jsoup.parse(html), page, SourceSpan.UNKNOWN, ModelPassages.MAX_WORDS);
  }

  /** The passages of a page's HTML, split at {@code maxWords} words, each passage's span at {@code span}. */
  public static List<Passage> cut(String html, String page, SourceSpan span, int maxWords) {
    return passages(Jsoup.parse(html), page, span, maxWords);
  }

  private static List<Passage> passages(Document doc, String page, SourceSpan span, int maxWords) {
    SectionCollector collector = new SectionCollector(new PassageCutter(page, maxWords), new HeadingPath(doc.title()),
        span);
    collector.traverse(mainContent(doc));
    return collector.finish();
  }

  private static Element mainContent(Document doc) {
    Element main = doc.selectFirst("main");
    if (main == null) {
      main = doc.selectFirst("[role=main]");
    }
    if (main == null) {
      var articles = doc.select("article");
      main = articles.size() == 1 ? articles.first() : doc.body();
    }
    return main;
  }

  private static boolean isHtml(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm");
  }

  /** Walks the main content: headings open sections, block elements end paragraphs, text is collected. */
  private static final class SectionCollector implements NodeFilter {

    private final PassageCutter cut;
    private final HeadingPath path;
    private final SourceSpan span;
    private final StringBuilder paragraph = new StringBuilder();

    SectionCollector(PassageCutter cut, HeadingPath path, SourceSpan span) {
      this.cut = cut;
      this.path = path;
      this.span = span;
      cut.section(path.current(), "", span);
    }

    List<Passage> finish() {
      endParagraph();
      return cut.passages();
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        paragraph.append(t.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      if (leftOut(e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      int level = headingLevel(e);
      if (level > 0) {
        endParagraph();
        String heading = headingText(e);
        if (!heading.isBlank()) {
          cut.section(path.enter(level, heading), fragment(e), span);
        }
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e.nameIs("br")) {
        paragraph.append(' ');
      } else if (e.isBlock()) {
        endParagraph();
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e && e.isBlock()) {
        endParagraph();
      }
      return FilterResult.CONTINUE;
    }

    private void endParagraph() {
      String text = WHITE_SPACE.matcher(paragraph).replaceAll(" ").strip();
      paragraph.setLength(0);
      if (!text.isEmpty()) {
        cut.paragraph(text);
      }
    }
  }

  /** Page chrome and invisible elements; a header counts as chrome unless it heads an article or section. */
  private static boolean leftOut(Element e) {
    String name = e.normalName();
    if (LEFT_OUT.contains(name) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
      return true;
    }
    return name.equals("header") && e.closest("article, section, main") == null;
  }

  private static int headingLevel(Element e) {
    String name = e.normalName();
    if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
      return name.charAt(1) - '0';
    }
    return 0;
  }

  /** A heading's text without a permalink symbol ({@code <a href="#id">#</a>}, ¶) that generators add. */
  static String headingText(Element heading) {
    if (heading.selectFirst("a[href^=#]") == null) {
      return heading.text();
    }
    Element copy = heading.clone();
    for (Element a : copy.select("a[href^=#]")) {
      if (a.text().codePoints().noneMatch(Character::isLetterOrDigit)) {
        a.remove();
      }
    }
    return copy.text();
  }

  /** The id a link to the heading's section uses, or empty. */
  static String fragment(Element heading) {
    if (!heading.id().isEmpty()) {
      return heading.id();
    }
    String inside = anchorId(heading.selectFirst("a[id], a[name]"));
    if (!inside.isEmpty()) {
      return inside;
    }
    Element parent = heading.parent();
    if (parent != null && !parent.id().isEmpty() && parent.firstElementChild() == heading
        && (parent.nameIs("section") || parent.nameIs("div") || parent.nameIs("article"))) {
      return parent.id();
    }
    Element before = heading.previousElementSibling();
    if (before != null && before.text().isBlank()) {
      return before.nameIs("a") ? anchorId(before) : anchorId(before.selectFirst("a[id], a[name]"));
    }
    return "";
  }

  private static String anchorId(Element a) {
    if (a == null) {
      return "";
    }
    return a.id().isEmpty() ? a.attr("name") : a.id();
  }
}
