package nl.geokern.jsonld.html;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.geokern.jsonld.html.internal.HtmlLexer;

/**
 * Finds the character encoding of a page from its bytes: a byte order mark, else a
 * {@code <meta charset>} or {@code <meta http-equiv="Content-Type" content="...; charset=...">} in the
 * first 1024 bytes (the HTML prescan), else UTF-8.
 *
 * <p>As in the HTML standard, a meta declaration of UTF-16 means UTF-8 (a page that really is UTF-16
 * cannot declare so in ASCII) and {@code x-user-defined} means windows-1252. Unknown names are
 * skipped.
 */
public final class CharsetSniffer {

  /** How many bytes the meta prescan looks at. */
  public static final int PRESCAN_BYTES = 1024;

  private CharsetSniffer() {}

  /** Detects the encoding of {@code page}. */
  public static PageCharset sniff(byte[] page) {
    Objects.requireNonNull(page, "page");
    int n = page.length;
    if (n >= 3 && (page[0] & 0xff) == 0xEF && (page[1] & 0xff) == 0xBB && (page[2] & 0xff) == 0xBF) {
      return new PageCharset(StandardCharsets.UTF_8, PageCharset.Source.BOM, 3);
    }
    if (n >= 2 && (page[0] & 0xff) == 0xFE && (page[1] & 0xff) == 0xFF) {
      return new PageCharset(StandardCharsets.UTF_16BE, PageCharset.Source.BOM, 2);
    }
    if (n >= 2 && (page[0] & 0xff) == 0xFF && (page[1] & 0xff) == 0xFE) {
      return new PageCharset(StandardCharsets.UTF_16LE, PageCharset.Source.BOM, 2);
    }
    return prescan(page)
        .map(cs -> new PageCharset(cs, PageCharset.Source.META, 0))
        .orElseGet(() -> new PageCharset(StandardCharsets.UTF_8, PageCharset.Source.DEFAULT, 0));
  }

  private static Optional<Charset> prescan(byte[] page) {
    HtmlLexer lx = new HtmlLexer(page, 0, Math.min(page.length, PRESCAN_BYTES));
    for (int t = lx.next(); t != HtmlLexer.EOF && t != HtmlLexer.INCOMPLETE; t = lx.next()) {
      if (t != HtmlLexer.START || !lx.nameIs(META)) {
        continue;
      }
      int cs = lx.attribute("charset");
      if (cs >= 0) {
        Optional<Charset> c = lookup(value(page, lx, cs));
        if (c.isPresent()) {
          return c;
        }
        continue;
      }
      int he = lx.attribute("http-equiv");
      int content = lx.attribute("content");
      if (he >= 0 && content >= 0 && value(page, lx, he).trim().equalsIgnoreCase("content-type")) {
        Optional<Charset> c = fromContentType(value(page, lx, content)).flatMap(CharsetSniffer::lookup);
        if (c.isPresent()) {
          return c;
        }
      }
    }
    return Optional.empty();
  }

  private static final byte[] META = "meta".getBytes(StandardCharsets.US_ASCII);

  private static String value(byte[] page, HtmlLexer lx, int i) {
    int s = lx.valueStart(i);
    return s < 0 ? "" : new String(page, s, lx.valueEnd(i) - s, StandardCharsets.ISO_8859_1);
  }

  /** The charset named in a Content-Type value ({@code text/html; charset="x"}), per the HTML algorithm. */
  static Optional<String> fromContentType(String content) {
    String lower = content.toLowerCase(Locale.ROOT);
    int i = lower.indexOf("charset");
    while (i >= 0) {
      int j = i + 7;
      while (j < lower.length() && isWs(lower.charAt(j))) {
        j++;
      }
      if (j < lower.length() && lower.charAt(j) == '=') {
        j++;
        while (j < lower.length() && isWs(lower.charAt(j))) {
          j++;
        }
        if (j >= lower.length()) {
          return Optional.empty();
        }
        char q = lower.charAt(j);
        if (q == '"' || q == '\'') {
          int close = lower.indexOf(q, j + 1);
          return close < 0 ? Optional.empty() : Optional.of(content.substring(j + 1, close));
        }
        int e = j;
        while (e < lower.length() && !isWs(lower.charAt(e)) && lower.charAt(e) != ';') {
          e++;
        }
        return Optional.of(content.substring(j, e));
      }
      i = lower.indexOf("charset", i + 7);
    }
    return Optional.empty();
  }

  private static boolean isWs(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  private static Optional<Charset> lookup(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    if (n.startsWith("utf-16") || n.equals("utf-8") || n.equals("utf8") || n.equals("unicode-1-1-utf-8")) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (n.equals("x-user-defined") || n.equals("iso-8859-1") || n.equals("latin1")
        || n.equals("us-ascii") || n.equals("ascii")) {
      // the HTML standard reads all of these as windows-1252
      return Optional.of(Charset.forName("windows-1252"));
    }
    try {
      return Optional.of(Charset.forName(n));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }
}
