package nl.geokern.jsonld.html;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import nl.geokern.jsonld.html.internal.HeadScanner;
import nl.geokern.jsonld.html.internal.PageScan;

/**
 * Puts a JSON-LD block into the head of an HTML page, changing no other byte of the page.
 *
 * <p>The block is exactly {@link #OPEN_TAG} + the JSON text + {@link #CLOSE_TAG}, with no whitespace
 * around it, because whitespace next to it would become a text node in the head (or in the body)
 * and change the document. Line breaks inside the JSON text are written in the page's style (CRLF
 * when the page's first line break is CRLF, else LF). The {@code data-geo} attribute marks the block:
 * when the head already holds one, it is replaced in place, so injecting twice gives the same bytes
 * as injecting once.
 *
 * <p>Where the block goes is decided by a single forward pass over the raw bytes (no decoding, no
 * regular expressions): just before the real {@code </head>}, or, when the head ends implicitly, just
 * before whatever ends it (see {@link HeadScanner}). The rest of the page is tokenized once more to
 * report hand-written JSON-LD. Instances are immutable and thread-safe.
 */
public final class HtmlInjector {

  /** The attribute that marks geo's block. */
  public static final String MARKER_ATTRIBUTE = "data-geo";

  /** The start tag of geo's block. */
  public static final String OPEN_TAG = "<script type=\"application/ld+json\" data-geo=\"jsonld\">";

  /** The end tag of geo's block. */
  public static final String CLOSE_TAG = "</script>";

  private static final HtmlInjector INSTANCE = new HtmlInjector();

  private HtmlInjector() {}

  /** Returns the injector. */
  public static HtmlInjector create() {
    return INSTANCE;
  }

  /** Detects the page's encoding; see {@link CharsetSniffer}. */
  public PageCharset sniff(byte[] page) {
    return CharsetSniffer.sniff(page);
  }

  /**
   * Inserts or replaces geo's JSON-LD block in {@code page}.
   *
   * @param page the page bytes, not modified
   * @param json the graph as HTML-safe JSON text: it must not contain {@code </script} or
   *     {@code <!--} (serializers write {@code <} as {@code \u003c}); for a page that is not UTF-8 its
   *     non-ASCII characters are written as {@code \\uXXXX} escapes
   * @throws UnsupportedPageException for a page whose encoding is not ASCII-compatible (UTF-16)
   * @throws IllegalArgumentException for JSON text that is not HTML-safe or not encodable
   */
  public InjectionResult inject(byte[] page, String json) {
    return splice(page, json).result();
  }

  /**
   * What {@link #inject} does to {@code page}, without making the new page: the block and the range of
   * {@code page} it takes. A caller that writes the page can write the three parts as they are.
   */
  Splice splice(byte[] page, String json) {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(json, "json");
    checkHtmlSafe(json);
    PageCharset charset = checkedCharset(page);
    PageScan scan = HeadScanner.scan(page, charset.bomLength());
    byte[] block = block(json, lineBreak(page, charset.bomLength()), charset);

    int start;
    int end;
    if (scan.hasGeoBlock()) {
      start = scan.geoStart();
      end = scan.geoEnd();
    } else {
      start = scan.insertAt();
      end = start;
    }
    InjectionResult.Action action;
    if (scan.hasGeoBlock() && Arrays.equals(page, start, end, block, 0, block.length)) {
      action = InjectionResult.Action.UNCHANGED;
    } else {
      action = scan.hasGeoBlock() ? InjectionResult.Action.REPLACED : InjectionResult.Action.INSERTED;
    }

    List<ExistingJsonLd> existing = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    if (scan.commentToEnd() && action == InjectionResult.Action.INSERTED) {
      warnings.add("the page ends inside an unclosed comment or doctype before any <head>; the block"
          + " was put before it, so parsers now see that comment inside <head>. Close the comment.");
    }
    LineCounter lines = new LineCounter(page, charset.charset());
    for (PageScan.ScriptSpan s : scan.scripts()) {
      if (s.start() == scan.geoStart()) {
        continue;
      }
      ExistingJsonLd e = lines.describe(s);
      existing.add(e);
      if (s.geo()) {
        warnings.add("line " + e.line() + ": another geo JSON-LD block (data-geo) "
            + (s.inHead() ? "in the head" : "outside the head")
            + " was left unchanged; remove it so that the page carries one generated graph");
      }
    }
    return new Splice(page, start, end, block, action, charset, existing, warnings);
  }

  /**
   * A page with {@code page[start, end)} replaced by {@code block} (an empty range: inserted there),
   * and what {@link InjectionResult} reports besides the new page.
   */
  record Splice(byte[] page, int start, int end, byte[] block, InjectionResult.Action action, PageCharset charset,
      List<ExistingJsonLd> existing, List<String> warnings) {

    /** Copies the lists, as {@link InjectionResult} does: a caller may hand them on. */
    Splice {
      existing = List.copyOf(existing);
      warnings = List.copyOf(warnings);
    }

    /** Whether the new page differs from {@code page}. */
    boolean changed() {
      return action != InjectionResult.Action.UNCHANGED;
    }

    /** The new page's length in bytes. */
    int length() {
      return page.length - (end - start) + block.length;
    }

    /** The new page as its three parts: the page before the block, the block, the page after it. */
    ByteBuffer[] parts() {
      return new ByteBuffer[] {ByteBuffer.wrap(page, 0, start), ByteBuffer.wrap(block),
          ByteBuffer.wrap(page, end, page.length - end)};
    }

    /** The outcome with the new page made: the very input when nothing changed. */
    InjectionResult result() {
      byte[] output = page;
      if (changed()) {
        output = new byte[length()];
        System.arraycopy(page, 0, output, 0, start);
        System.arraycopy(block, 0, output, start, block.length);
        System.arraycopy(page, end, output, start + block.length, page.length - end);
      }
      return new InjectionResult(output, action, start, block.length, charset, existing, warnings);
    }
  }

  /** Reads the page's charset and refuses encodings the byte scanner cannot handle. */
  private static PageCharset checkedCharset(byte[] page) {
    PageCharset charset = CharsetSniffer.sniff(page);
    if (!charset.isAsciiCompatible()) {
      throw new UnsupportedPageException("the page is encoded in " + charset.charset().name()
          + " (found by " + charset.source().name().toLowerCase(java.util.Locale.ROOT)
          + "), which geo cannot inject into without re-encoding the page; expected an ASCII-compatible"
          + " encoding such as UTF-8. Convert the page to UTF-8 in the site generator.");
    }
    return charset;
  }

  /** Rejects JSON that could end the script element or switch the tokenizer's escape states. */
  static void checkHtmlSafe(String json) {
    if (json.indexOf('<') < 0) {
      return; // the usual case: serializers write '<' as \u003c
    }
    String lower = json.toLowerCase(java.util.Locale.ROOT);
    int bad = lower.indexOf("</script");
    if (bad < 0) {
      bad = lower.indexOf("<!--");
    }
    if (bad < 0) {
      bad = lower.indexOf("<script");
    }
    if (bad >= 0) {
      throw new IllegalArgumentException("the JSON text is not HTML-safe: it contains \""
          + json.substring(bad, Math.min(json.length(), bad + 8)) + "\" at index " + bad
          + "; expected '<' to be written as \\u003c inside JSON strings");
    }
  }

  /**
   * The JSON text with every non-ASCII character written as a {@code \\uXXXX} escape. In valid JSON
   * such characters occur only inside strings, where the escape means the same character, so the
   * JSON's meaning is unchanged and it survives any ASCII-compatible page encoding.
   */
  static String asciiEscaped(String json) {
    StringBuilder sb = null;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c > 0x7f) {
        if (sb == null) {
          sb = new StringBuilder(json.length() + 16).append(json, 0, i);
        }
        sb.append(String.format("\\u%04x", (int) c));
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? json : sb.toString();
  }

  private static byte[] block(String json, String lineBreak, PageCharset charset) {
    Charset cs = charset.charset();
    if (!charset.isUtf8()) {
      json = asciiEscaped(json);
    }
    String text = json.replace("\r\n", "\n");
    if (!lineBreak.equals("\n")) {
      text = text.replace("\n", lineBreak);
    }
    return (OPEN_TAG + text + CLOSE_TAG).getBytes(charset.isUtf8() ? StandardCharsets.UTF_8 : cs);
  }

  /** The page's line break style: that of its first line break, LF when it has none. */
  static String lineBreak(byte[] page, int from) {
    for (int i = from; i < page.length; i++) {
      if (page[i] == '\n') {
        return i > from && page[i - 1] == '\r' ? "\r\n" : "\n";
      }
    }
    return "\n";
  }

  /** Turns byte offsets into 1-based lines and columns; used only for the rare reported scripts. */
  private static final class LineCounter {
    private final byte[] page;
    private final Charset charset;
    private int pos;
    private int line = 1;
    private int lineStart;

    LineCounter(byte[] page, Charset charset) {
      this.page = page;
      this.charset = charset;
    }

    ExistingJsonLd describe(PageScan.ScriptSpan s) {
      int offset = s.start();
      for (; pos < offset; pos++) {
        byte c = page[pos];
        if (c == '\n' || (c == '\r' && (pos + 1 >= page.length || page[pos + 1] != '\n'))) {
          line++;
          lineStart = pos + 1;
        }
      }
      int column = new String(page, lineStart, offset - lineStart, charset).length() + 1;
      String text = new String(page, s.contentStart(), s.contentEnd() - s.contentStart(), charset);
      return new ExistingJsonLd(offset, line, column, text, s.geo(), s.inHead());
    }
  }
}
