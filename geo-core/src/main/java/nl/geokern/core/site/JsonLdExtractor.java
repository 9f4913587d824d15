package nl.geokern.core.site;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.model.SourceSpan;
import nl.geokern.jsonld.html.CharsetSniffer;
import nl.geokern.jsonld.html.HtmlInjector;
import nl.geokern.jsonld.html.PageCharset;
import nl.geokern.jsonld.json.JsonValues;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Reads every JSON-LD script out of an HTML page, with its position, for checks on generated pages.
 *
 * <p>Uses jsoup with source positions. A script counts when its {@code type}, compared without
 * ASCII case, surrounding whitespace and parameters, is {@code application/ld+json}. Content that
 * is not JSON becomes a {@code jsonld.syntax} error at the line and column of the problem in the
 * page.
 */
public final class JsonLdExtractor {

  /** Rule id of the finding for a JSON-LD block that does not parse. */
  public static final String SYNTAX_RULE = "jsonld.syntax";

  private JsonLdExtractor() {}

  /** Extracts the blocks of a page given as bytes; the charset is sniffed like the injector does. */
  public static List<JsonLdBlock> extract(Path path, byte[] page) {
    return extract(path, parse(page));
  }

  /** Extracts the blocks of a page given as text; {@code path} names the page in spans. */
  public static List<JsonLdBlock> extract(Path path, String html) {
    Objects.requireNonNull(html, "html");
    return extract(path, Parser.htmlParser().setTrackPosition(true).parseInput(html, ""));
  }

  /**
   * Parses page bytes (charset sniffed like the injector does) with source positions tracked, so
   * that one parse serves both {@link #extract(Path, Document)} and {@link VisibleText#of(Document)}.
   */
  static Document parse(byte[] page) {
    Objects.requireNonNull(page, "page");
    PageCharset cs = CharsetSniffer.sniff(page);
    Charset charset = cs.charset();
    String html = new String(page, cs.bomLength(), page.length - cs.bomLength(), charset);
    return Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
  }

  /** Extracts the blocks of a page parsed by {@link #parse(byte[])}; {@code path} names the page in spans. */
  static List<JsonLdBlock> extract(Path path, Document doc) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(doc, "doc");
    List<JsonLdBlock> blocks = new ArrayList<>();
    for (Element script : doc.getElementsByTag("script")) {
      if (!isJsonLdType(script.attr("type"))) {
        continue;
      }
      Range range = script.sourceRange();
      SourceSpan span = range.isTracked()
          ? SourceSpan.of(path, range.start().lineNumber(), range.start().columnNumber())
          : SourceSpan.of(path);
      String text = script.data();
      boolean geo = script.hasAttr(HtmlInjector.MARKER_ATTRIBUTE);
      try {
        Object value = JsonValues.parse(text);
        blocks.add(new JsonLdBlock(span, text, geo, Optional.of(value), Optional.empty()));
      } catch (JsonValues.JsonSyntaxException e) {
        SourceSpan at = errorSpan(path, range, e);
        Finding f = Finding.error(SYNTAX_RULE, at,
            "JSON-LD script is not valid JSON: " + e.getMessage(),
            "fix the JSON syntax in this <script type=\"application/ld+json\"> block");
        blocks.add(new JsonLdBlock(span, text, geo, Optional.empty(), Optional.of(f)));
      }
    }
    return blocks;
  }

  /** The page position of a JSON error: the content starts where the start tag ends. */
  private static SourceSpan errorSpan(Path path, Range tag, JsonValues.JsonSyntaxException e) {
    if (!tag.isTracked()) {
      return SourceSpan.of(path);
    }
    Range.Position contentStart = tag.end();
    int line = contentStart.lineNumber() + e.line() - 1;
    int column = e.line() == 1 ? contentStart.columnNumber() + e.column() - 1 : e.column();
    return SourceSpan.of(path, line, Math.max(1, column));
  }

  /** Whether a type attribute names JSON-LD, ignoring ASCII case, whitespace and parameters. */
  public static boolean isJsonLdType(String type) {
    int semi = type.indexOf(';');
    String mime = semi < 0 ? type : type.substring(0, semi);
    return mime.strip().toLowerCase(Locale.ROOT).equals("application/ld+json");
  }
}
