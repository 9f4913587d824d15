package nl.geokern.jsonld.html.internal;

import static nl.geokern.jsonld.html.internal.HtmlLexer.COMMENT;
import static nl.geokern.jsonld.html.internal.HtmlLexer.DOCTYPE;
import static nl.geokern.jsonld.html.internal.HtmlLexer.END;
import static nl.geokern.jsonld.html.internal.HtmlLexer.EOF;
import static nl.geokern.jsonld.html.internal.HtmlLexer.INCOMPLETE;
import static nl.geokern.jsonld.html.internal.HtmlLexer.START;
import static nl.geokern.jsonld.html.internal.HtmlLexer.TEXT;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where a {@code <script>} can be inserted so that an HTML5 parser (browsers and jsoup alike)
 * puts it in {@code <head>} and builds every other node exactly as before.
 *
 * <p>The scanner follows the tree-construction modes that precede the body ("initial", "before
 * html", "before head", "in head") token by token. Every boundary between two tokens seen while the
 * parser is "in head" with {@code <head>} as current node is a safe insertion point: a script
 * start tag there is inserted into the head and leaves the parser in the same state. The scanner
 * keeps the last safe point and stops at the first token that ends the head (a real
 * {@code </head>}, {@code <body>}, flow content, non-whitespace text) or that browsers and jsoup might
 * read differently ({@code <template>}, {@code <script/>}, {@code <} inside a tag, unusual
 * {@code <noscript>} content, a construct cut off by the end of the file). Stopping early is always
 * correct, merely less pretty.
 *
 * <p>Before the head exists, whitespace, comments and the doctype are skipped (they belong to the
 * document or {@code <html>}, not the head); the point is then just after an explicit {@code <head>}
 * or just before the token that would create the head implicitly.
 *
 * <p>After the head, the rest of the page is tokenized (raw-text elements understood) only to report
 * other {@code application/ld+json} scripts.
 */
public final class HeadScanner {

  private HeadScanner() {}

  /** Scans {@code page[from, page.length)}; {@code from} skips a byte order mark. */
  public static PageScan scan(byte[] page, int from) {
    HtmlLexer lx = new HtmlLexer(page, from, page.length);
    List<PageScan.ScriptSpan> scripts = new ArrayList<>();
    int insertAt = from;
    int geoStart = -1;
    int geoEnd = -1;
    boolean inHead = false;
    boolean openTail = false;
    int stop;
    scan:
    while (true) {
      int t = lx.next();
      int ts = lx.tokenStart();
      if (!inHead) {
        switch (t) {
          case TEXT:
            if (lx.whitespaceOnly()) {
              continue;
            }
            insertAt = lx.leadingWhitespaceEnd(); // the rest creates the head and leaves it at once
            stop = ts;
            break scan;
          case COMMENT:
          case DOCTYPE:
            continue;
          case START:
            if (lx.suspicious()) {
              insertAt = ts;
              stop = ts;
              break scan;
            }
            if (lx.nameIs(Names.HTML)) {
              continue;
            }
            if (lx.nameIs(Names.HEAD)) {
              insertAt = lx.tokenEnd();
              inHead = true;
              continue;
            }
            insertAt = ts; // implicit <head>; handle the tag "in head" below
            inHead = true;
            break;
          case END:
            if (lx.nameIn(Names.HEAD, Names.BODY, Names.HTML, Names.BR)) {
              insertAt = ts;
              stop = ts;
              break scan;
            }
            continue; // ignored
          default: // INCOMPLETE, EOF
            insertAt = ts;
            stop = ts;
            openTail = t == INCOMPLETE
                && (lx.incompleteKind() == COMMENT || lx.incompleteKind() == DOCTYPE);
            break scan;
        }
      }
      // "in head"; insertAt is the boundary before this token
      switch (t) {
        case TEXT:
          if (!lx.whitespaceOnly()) {
            insertAt = lx.leadingWhitespaceEnd(); // the whitespace stays in the head
            stop = ts;
            break scan;
          }
          insertAt = lx.tokenEnd();
          continue;
        case COMMENT:
        case DOCTYPE:
          insertAt = lx.tokenEnd();
          continue;
        case START:
          if (lx.suspicious()) {
            stop = ts;
            break scan;
          }
          if (lx.nameIn(Names.HTML, Names.HEAD, Names.BASE, Names.BASEFONT, Names.BGSOUND,
              Names.LINK, Names.META)) {
            insertAt = lx.tokenEnd();
            continue;
          }
          if (lx.nameIn(Names.TITLE, Names.STYLE, Names.NOFRAMES)) {
            if (lx.selfClosing()) {
              stop = ts; // jsoup closes <title/> at once, browsers read on as text
              break scan;
            }
            byte[] name = lx.nameIs(Names.TITLE) ? Names.TITLE
                : lx.nameIs(Names.STYLE) ? Names.STYLE : Names.NOFRAMES;
            if (lx.skipRawText(name) != END || lx.suspicious()) {
              stop = ts;
              break scan;
            }
            insertAt = lx.tokenEnd();
            continue;
          }
          if (lx.nameIs(Names.SCRIPT)) {
            if (lx.selfClosing()) {
              stop = ts;
              break scan;
            }
            boolean geo = lx.attribute("data-geo") >= 0;
            boolean jsonLd = isJsonLd(page, lx);
            int contentStart = lx.tokenEnd();
            if (lx.skipScriptData() != END || lx.suspicious()) {
              stop = ts;
              break scan;
            }
            if (jsonLd || geo) {
              scripts.add(new PageScan.ScriptSpan(ts, lx.tokenEnd(), contentStart, lx.tokenStart(), geo, true));
              if (geo && geoStart < 0) {
                geoStart = ts;
                geoEnd = lx.tokenEnd();
              }
            }
            insertAt = lx.tokenEnd();
            continue;
          }
          if (lx.nameIs(Names.NOSCRIPT) && !lx.selfClosing()) {
            int after = simpleNoscriptEnd(page, lx);
            if (after < 0) {
              stop = ts;
              break scan;
            }
            insertAt = after;
            lx = new HtmlLexer(page, after, page.length);
            continue;
          }
          stop = ts; // <template>, <body>, <frameset>, flow content: head ends or gets complicated
          break scan;
        case END:
          if (lx.nameIn(Names.HEAD, Names.BODY, Names.HTML, Names.BR) || lx.suspicious()) {
            stop = ts;
            break scan;
          }
          insertAt = lx.tokenEnd(); // ignored by the parser, </template> included (none open)
          continue;
        default: // INCOMPLETE, EOF
          stop = ts;
          break scan;
      }
    }
    scanRest(page, stop, scripts);
    return new PageScan(insertAt, geoStart, geoEnd, scripts, openTail);
  }

  /**
   * Returns the offset after {@code </noscript>} when the noscript element just opened holds only
   * whitespace, comments and {@code link}/{@code meta}/{@code basefont}/{@code bgsound} tags, and
   * its end is where browsers with and without scripting, and jsoup, all see it; otherwise -1.
   */
  private static int simpleNoscriptEnd(byte[] page, HtmlLexer outer) {
    HtmlLexer lx = new HtmlLexer(page, outer.tokenEnd(), page.length);
    while (true) {
      int t = lx.next();
      switch (t) {
        case TEXT:
          if (!lx.whitespaceOnly()) {
            return -1;
          }
          break;
        case COMMENT:
          // with scripting on, noscript is raw text: a "</noscript" inside the comment would end it
          if (containsEndNoscript(page, lx.tokenStart(), lx.tokenEnd())) {
            return -1;
          }
          break;
        case START:
          if (lx.suspicious()
              || !lx.nameIn(Names.LINK, Names.META, Names.BASEFONT, Names.BGSOUND)) {
            return -1;
          }
          break;
        case END:
          return lx.nameIs(Names.NOSCRIPT) && !lx.suspicious() ? lx.tokenEnd() : -1;
        default:
          return -1;
      }
    }
  }

  private static boolean containsEndNoscript(byte[] b, int from, int to) {
    for (int q = from; q + 10 <= to; q++) {
      if (b[q] == '<' && b[q + 1] == '/') {
        boolean match = true;
        for (int i = 0; i < 8 && match; i++) {
          byte c = b[q + 2 + i];
          if (c >= 'A' && c <= 'Z') {
            c += 32;
          }
          match = c == Names.NOSCRIPT[i];
        }
        if (match) {
          return true;
        }
      }
    }
    return false;
  }

  /** Tokenizes the rest of the page to report JSON-LD scripts outside the head. */
  private static void scanRest(byte[] page, int from, List<PageScan.ScriptSpan> scripts) {
    if (!mentionsJsonLd(page, from)) {
      return; // the common case: one cheap pass instead of tokenizing the body
    }
    HtmlLexer lx = new HtmlLexer(page, from, page.length);
    while (true) {
      int t = lx.next();
      if (t == EOF || t == INCOMPLETE) {
        return;
      }
      if (t != START || lx.selfClosing()) {
        continue;
      }
      int ts = lx.tokenStart();
      if (lx.nameIs(Names.SCRIPT)) {
        boolean geo = lx.attribute("data-geo") >= 0;
        boolean jsonLd = isJsonLd(page, lx);
        int contentStart = lx.tokenEnd();
        if (lx.skipScriptData() != END) {
          return;
        }
        if (jsonLd || geo) {
          scripts.add(new PageScan.ScriptSpan(ts, lx.tokenEnd(), contentStart, lx.tokenStart(), geo, false));
        }
      } else if (lx.nameIn(Names.STYLE, Names.XMP, Names.IFRAME, Names.NOEMBED, Names.NOFRAMES,
          Names.TITLE, Names.TEXTAREA)) {
        byte[] name = rawName(lx);
        if (lx.skipRawText(name) != END) {
          return;
        }
      } else if (lx.nameIs(Names.PLAINTEXT)) {
        return;
      }
    }
  }

  /** Whether "ld+json" (ASCII case-insensitive) occurs at or after {@code from}. */
  static boolean mentionsJsonLd(byte[] b, int from) {
    int q = from + 2;
    int last = b.length - 5; // the last offset at which '+' can be followed by "json"
    // Eight bytes at a time: most pages have no '+' in most words, so only words holding one are
    // looked at byte by byte (the zero-byte test is exact about whether a word has a '+').
    for (; q + 8 <= b.length && q <= last; q += 8) {
      long x = (long) LONGS.get(b, q) ^ PLUSES;
      if (((x - 0x0101010101010101L) & ~x & 0x8080808080808080L) != 0) {
        for (int k = q; k < q + 8 && k <= last; k++) {
          if (jsonLdAt(b, k)) {
            return true;
          }
        }
      }
    }
    for (; q <= last; q++) {
      if (jsonLdAt(b, q)) {
        return true;
      }
    }
    return false;
  }

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final long PLUSES = 0x2B2B2B2B2B2B2B2BL;

  /** Whether "ld+json" (ASCII case-insensitive) has its '+' at {@code q}; needs q >= 2, q + 4 < length. */
  private static boolean jsonLdAt(byte[] b, int q) {
    return b[q] == '+' && (b[q - 1] | 0x20) == 'd' && (b[q - 2] | 0x20) == 'l'
        && (b[q + 1] | 0x20) == 'j' && (b[q + 2] | 0x20) == 's' && (b[q + 3] | 0x20) == 'o'
        && (b[q + 4] | 0x20) == 'n';
  }

  private static byte[] rawName(HtmlLexer lx) {
    for (byte[] n : new byte[][] {Names.STYLE, Names.XMP, Names.IFRAME, Names.NOEMBED,
        Names.NOFRAMES, Names.TITLE, Names.TEXTAREA}) {
      if (lx.nameIs(n)) {
        return n;
      }
    }
    throw new IllegalStateException("not a raw text element");
  }

  private static final byte[] LD_JSON = "application/ld+json".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /** Whether the current script tag's type is application/ld+json (ASCII case-insensitive, parameters ignored). */
  static boolean isJsonLd(byte[] b, HtmlLexer lx) {
    int i = lx.attribute("type");
    if (i < 0 || lx.valueStart(i) < 0) {
      return false;
    }
    int s = lx.valueStart(i);
    int e = lx.valueEnd(i);
    while (s < e && HtmlLexer.isWs(b[s])) {
      s++;
    }
    int semi = s;
    while (semi < e && b[semi] != ';') {
      semi++;
    }
    e = semi;
    while (e > s && HtmlLexer.isWs(b[e - 1])) {
      e--;
    }
    if (e - s != LD_JSON.length) {
      return false;
    }
    for (int k = 0; k < LD_JSON.length; k++) {
      byte c = b[s + k];
      if (c >= 'A' && c <= 'Z') {
        c += 32;
      }
      if (c != LD_JSON[k]) {
        return false;
      }
    }
    return true;
  }
}
