package nl.geokern.core.site;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The text a reader sees on a page, normalised for comparison, used to check that structured data
 * (FAQ questions and answers) matches what the page shows.
 *
 * <p>Only the body counts. Left out: {@code script}, {@code style}, {@code template},
 * {@code noscript} (a browser with scripts on does not show it), elements with a {@code hidden}
 * attribute, {@code aria-hidden="true"}, or an inline style with {@code display:none} or
 * {@code visibility:hidden}. Normalisation: entities decoded, tags between words become spaces,
 * whitespace (non-breaking spaces included) collapsed, Unicode NFC, case folded.
 */
public final class VisibleText {

  private final String text;

  private VisibleText(String text) {
    this.text = text;
  }

  /** Extracts the visible text of an HTML page. */
  public static VisibleText of(String html) {
    Objects.requireNonNull(html, "html");
    return of(Jsoup.parse(html));
  }

  /** Extracts the visible text of an already parsed page; the document itself is not changed. */
  static VisibleText of(Document doc) {
    Objects.requireNonNull(doc, "doc");
    if (doc.body() == null) {
      return new VisibleText("");
    }
    Element body = doc.body().clone();
    body.select("script, style, template, noscript, [hidden], [aria-hidden=true]").remove();
    for (Element el : body.select("[style]")) {
      String style = el.attr("style").toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
      if (style.contains("display:none") || style.contains("visibility:hidden")) {
        el.remove();
      }
    }
    return new VisibleText(normalize(body.text()));
  }

  /** The normalised visible text. */
  public String text() {
    return text;
  }

  /**
   * Whether the page shows {@code htmlOrText}: the needle's tags are stripped and entities decoded,
   * then both sides are normalised the same way. An empty needle is always contained.
   */
  public boolean contains(String htmlOrText) {
    Objects.requireNonNull(htmlOrText, "htmlOrText");
    String needle = htmlOrText;
    if (needle.indexOf('<') >= 0 || needle.indexOf('&') >= 0) {
      needle = Jsoup.parseBodyFragment(needle).body().text();
    }
    return text.contains(normalize(needle));
  }

  /** Collapses whitespace, applies NFC and folds case (upper then lower, so "ß" matches "SS"). */
  static String normalize(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFC);
    n = n.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(n.length());
    boolean space = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return text;
  }
}
