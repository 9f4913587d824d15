package nl.geokern.jsonld.html.internal;

/**
 * Splits raw page bytes into HTML tokens without decoding them, following the WHATWG tokenizer
 * closely enough to know where every token starts and ends.
 *
 * <p>Works on any ASCII-compatible encoding (markup is ASCII). Text tokens are maximal runs of
 * character data between markup tokens, the way jsoup hands them to its tree builder (an ignored
 * {@code </>} does not split a run). A construct cut off by the end of the input is reported as
 * {@link #INCOMPLETE} so that callers never place anything inside it. Not thread-safe; one instance
 * per scan.
 */
public final class HtmlLexer {

  /** End of input. */
  public static final int EOF = 0;
  /** Character data. */
  public static final int TEXT = 1;
  /** A start tag. */
  public static final int START = 2;
  /** An end tag. */
  public static final int END = 3;
  /**
   * A comment, including bogus comments ({@code <!x>}, {@code <?x>}, {@code </1>}, and
   * {@code <![CDATA[x]]>}, which is CDATA only inside SVG and MathML, never in the head).
   */
  public static final int COMMENT = 4;
  /** A DOCTYPE. */
  public static final int DOCTYPE = 5;
  /** A construct cut off by the end of the input; it runs from the token start to the end. */
  public static final int INCOMPLETE = 7;

  private static final int MAX_NAME = 16;

  private final byte[] b;
  private final int end;
  private int pos;

  private int type;
  private int incompleteKind;
  private int tokStart;
  private int tokEnd;
  private boolean whitespaceOnly;
  private final byte[] name = new byte[MAX_NAME];
  private int nameLen;
  private boolean selfClosing;
  private boolean suspicious;
  private int[] attrs = new int[16];
  private int attrCount;

  /** A lexer over {@code b[from, to)}. */
  public HtmlLexer(byte[] b, int from, int to) {
    this.b = b;
    this.pos = from;
    this.end = to;
  }

  /** Reads the next token and returns its type. */
  public int next() {
    int p = pos;
    startToken(p);
    whitespaceOnly = false;
    if (p >= end) {
      tokEnd = end;
      return type = EOF;
    }
    if (b[p] == '<' && startsMarkup(p)) {
      return markup(p);
    }
    return text(p);
  }

  private int text(int p) {
    boolean ws = true;
    while (p < end) {
      byte c = b[p];
      if (c == '<') {
        if (startsMarkup(p)) {
          break;
        }
        if (p + 2 < end && b[p + 1] == '/' && b[p + 2] == '>') {
          p += 3; // "</>" is dropped by the tokenizer and does not end the run
          continue;
        }
        ws = false;
      } else if (ws && !isWs(c)) {
        ws = false;
      }
      p++;
    }
    whitespaceOnly = ws;
    tokEnd = p;
    pos = p;
    return type = TEXT;
  }

  private boolean startsMarkup(int p) {
    if (p + 1 >= end) {
      return false;
    }
    byte c = b[p + 1];
    if (c == '!' || c == '?' || isAlpha(c)) {
      return true;
    }
    if (c == '/') {
      return p + 2 < end && b[p + 2] != '>';
    }
    return false;
  }

  private int markup(int p) {
    byte c = b[p + 1];
    if (c == '!') {
      if (matches(p + 2, "--")) {
        return comment(p);
      }
      if (matchesIgnoreCase(p + 2, "doctype")) {
        return until(p + 9, '>', DOCTYPE);
      }
      return until(p + 2, '>', COMMENT);
    }
    if (c == '?') {
      return until(p + 2, '>', COMMENT);
    }
    if (c == '/') {
      if (!isAlpha(b[p + 2])) {
        return until(p + 2, '>', COMMENT);
      }
      return finish(tag(p + 2), END);
    }
    return finish(tag(p + 1), START);
  }

  private int comment(int p) {
    // "<!-->" and "<!--->" close at once, so "-->" may overlap the opening dashes; "--!>" may not.
    int a = indexOf(p + 2, "-->", end);
    int e = a < 0 ? -1 : a + 3;
    // only a "--!>" that ends before "-->" does can end the comment first: search no further than
    // that, or every comment would cost a scan to the end of the page
    int bang = indexOf(p + 4, "--!>", e < 0 ? end : e - 1);
    if (bang >= 0 && (e < 0 || bang + 4 < e)) {
      e = bang + 4;
    }
    return finish(e, COMMENT);
  }

  private int until(int from, char stop, int kind) {
    int q = indexOf(from, stop);
    return finish(q < 0 ? -1 : q + 1, kind);
  }

  private int finish(int e, int kind) {
    incompleteKind = kind;
    if (e < 0) {
      tokEnd = end;
      pos = end;
      return type = INCOMPLETE;
    }
    tokEnd = e;
    pos = e;
    return type = kind;
  }

  private static final int BEFORE_NAME = 0;
  private static final int NAME = 1;
  private static final int AFTER_NAME = 2;
  private static final int BEFORE_VALUE = 3;
  private static final int UNQUOTED = 4;
  private static final int AFTER_QUOTED = 5;
  private static final int SELF_CLOSING = 6;

  /** Reads a tag whose name starts at {@code q}; returns the offset after its {@code >} or -1. */
  private int tag(int q) {
    nameLen = 0;
    boolean longName = false;
    while (q < end) {
      byte c = b[q];
      if (isWs(c) || c == '/' || c == '>') {
        break;
      }
      suspicious |= c == '<'; // jsoup ends the tag here; browsers do not
      if (nameLen < MAX_NAME) {
        name[nameLen++] = lower(c);
      } else {
        longName = true;
      }
      q++;
    }
    if (longName) {
      nameLen = 0; // a long name matches no tag we care about
    }
    int st = BEFORE_NAME;
    int attr = -1;
    while (q < end) {
      byte c = b[q];
      switch (st) {
        case BEFORE_NAME, AFTER_NAME:
          if (isWs(c)) {
            q++;
          } else if (c == '/') {
            st = SELF_CLOSING;
            q++;
          } else if (c == '>') {
            return q + 1;
          } else if (c == '=' && st == AFTER_NAME) {
            st = BEFORE_VALUE;
            q++;
          } else { // before a name, '=' starts one
            suspicious |= c == '<';
            attr = addAttr(q);
            st = NAME;
            q++;
          }
          break;
        case NAME:
          if (isWs(c)) {
            attrs[attr + 1] = q;
            st = AFTER_NAME;
            q++;
          } else if (c == '/') {
            attrs[attr + 1] = q;
            st = SELF_CLOSING;
            q++;
          } else if (c == '>') {
            attrs[attr + 1] = q;
            return q + 1;
          } else if (c == '=') {
            attrs[attr + 1] = q;
            st = BEFORE_VALUE;
            q++;
          } else {
            suspicious |= c == '<';
            q++;
          }
          break;
        case BEFORE_VALUE:
          if (isWs(c)) {
            q++;
          } else if (c == '"' || c == '\'') {
            int close = indexOf(q + 1, c);
            if (close < 0) {
              return -1;
            }
            attrs[attr + 2] = q + 1;
            attrs[attr + 3] = close;
            q = close + 1;
            st = AFTER_QUOTED;
          } else if (c == '>') {
            return q + 1;
          } else {
            attrs[attr + 2] = q;
            st = UNQUOTED;
          }
          break;
        case UNQUOTED:
          if (isWs(c)) {
            attrs[attr + 3] = q;
            st = BEFORE_NAME;
            q++;
          } else if (c == '>') {
            attrs[attr + 3] = q;
            return q + 1;
          } else {
            suspicious |= c == '<';
            q++;
          }
          break;
        case AFTER_QUOTED:
          if (isWs(c)) {
            st = BEFORE_NAME;
            q++;
          } else if (c == '/') {
            st = SELF_CLOSING;
            q++;
          } else if (c == '>') {
            return q + 1;
          } else {
            st = BEFORE_NAME;
          }
          break;
        default: // SELF_CLOSING
          if (c == '>') {
            selfClosing = true;
            return q + 1;
          }
          st = BEFORE_NAME;
          break;
      }
    }
    return -1;
  }

  private int addAttr(int nameStart) {
    int i = attrCount * 4;
    if (i + 4 > attrs.length) {
      attrs = java.util.Arrays.copyOf(attrs, attrs.length * 2);
    }
    attrs[i] = nameStart;
    attrs[i + 1] = nameStart;
    attrs[i + 2] = -1;
    attrs[i + 3] = -1;
    attrCount++;
    return i;
  }

  /**
   * Skips the content of a RAWTEXT or RCDATA element ({@code style}, {@code title}, ...) whose start
   * tag was just read, including its end tag. Returns {@link #END} with the end tag as current token, or
   * {@link #INCOMPLETE} when the input ends first. The content runs from the previous token's end to
   * {@link #tokenStart()}.
   */
  public int skipRawText(byte[] elementName) {
    int q = pos;
    while (true) {
      int lt = indexOf(q, '<');
      if (lt < 0 || lt + 1 >= end) {
        tokStart = pos;
        return finish(-1, INCOMPLETE);
      }
      if (b[lt + 1] == '/' && isEndTagFor(lt + 2, elementName)) {
        return endTagAt(lt);
      }
      q = lt + 1;
    }
  }

  /**
   * Skips script data (with its escaped and double-escaped states, so that
   * {@code <!--<script></script>-->} does not end a script early) and the {@code </script>} end tag.
   * Returns like {@link #skipRawText(byte[])}.
   */
  public int skipScriptData() {
    final int data = 0;
    final int escaped = 1;
    final int doubleEscaped = 2;
    int st = data;
    int dashes = 0; // consecutive '-' just read in the escaped states
    int q = pos;
    while (q < end) {
      byte c = b[q];
      if (st == data) {
        if (c == '<') {
          if (q + 1 < end && b[q + 1] == '/' && isEndTagFor(q + 2, Names.SCRIPT)) {
            return endTagAt(q);
          }
          if (matches(q + 1, "!--")) {
            st = escaped;
            q += 4;
            dashes = 2;
            continue;
          }
        }
        q++;
        continue;
      }
      if (c == '-') {
        dashes++;
        q++;
        continue;
      }
      if (c == '>' && dashes >= 2) {
        st = data;
        dashes = 0;
        q++;
        continue;
      }
      dashes = 0;
      if (c == '<') {
        if (st == escaped) {
          if (q + 1 < end && b[q + 1] == '/' && isEndTagFor(q + 2, Names.SCRIPT)) {
            return endTagAt(q);
          }
          if (isScriptWordAt(q + 1)) {
            st = doubleEscaped;
            q += 7;
            continue;
          }
        } else if (q + 1 < end && b[q + 1] == '/' && isScriptWordAt(q + 2)) {
          st = escaped;
          q += 8;
          continue;
        }
      }
      q++;
    }
    tokStart = pos;
    return finish(-1, INCOMPLETE);
  }

  /** "script" followed by whitespace, '/' or '>' (the double-escape switch). */
  private boolean isScriptWordAt(int q) {
    if (!matchesIgnoreCase(q, "script") || q + 6 >= end) {
      return false;
    }
    byte c = b[q + 6];
    return isWs(c) || c == '/' || c == '>';
  }

  private boolean isEndTagFor(int q, byte[] n) {
    if (q + n.length >= end) {
      return false;
    }
    for (int i = 0; i < n.length; i++) {
      if (lower(b[q + i]) != n[i]) {
        return false;
      }
    }
    byte c = b[q + n.length];
    return isWs(c) || c == '/' || c == '>';
  }

  private int endTagAt(int lt) {
    startToken(lt);
    return finish(tag(lt + 2), END);
  }

  private void startToken(int start) {
    tokStart = start;
    nameLen = 0;
    selfClosing = false;
    suspicious = false;
    attrCount = 0;
  }

  // --- accessors ---

  /** Type of the current token. */
  public int type() {
    return type;
  }

  /** For an {@link #INCOMPLETE} token, what it would have been ({@link #COMMENT}, {@link #START}, ...). */
  public int incompleteKind() {
    return incompleteKind;
  }

  /** Offset of the first byte of the current token. */
  public int tokenStart() {
    return tokStart;
  }

  /** Offset just after the current token. */
  public int tokenEnd() {
    return tokEnd;
  }

  /**
   * Where the tree builder splits the current text token: in and before the head, jsoup (like the
   * HTML standard, which works character by character) handles leading whitespace, character
   * references to whitespace included, apart from the rest. Returns the offset after that
   * whitespace, or the token start when jsoup does not split (a NUL right after the whitespace keeps
   * the run whole).
   */
  public int leadingWhitespaceEnd() {
    int q = tokStart;
    while (q < tokEnd) {
      if (isWs(b[q])) {
        q++;
      } else if (b[q] == '&') {
        int r = whitespaceReferenceEnd(q);
        if (r < 0) {
          break;
        }
        q = r;
      } else {
        break;
      }
    }
    return q < tokEnd && b[q] == 0 ? tokStart : q;
  }

  /** End of a character reference to a whitespace character at {@code q}, or -1. */
  private int whitespaceReferenceEnd(int q) {
    if (matches(q, "&Tab;")) {
      return q + 5;
    }
    if (matches(q, "&NewLine;")) {
      return q + 9;
    }
    if (q + 2 >= tokEnd || b[q + 1] != '#') {
      return -1;
    }
    int r = q + 2;
    boolean hex = b[r] == 'x' || b[r] == 'X';
    if (hex) {
      r++;
    }
    long value = 0;
    int digits = 0;
    while (r < tokEnd && digits < 12) {
      int d = Character.digit(b[r], hex ? 16 : 10);
      if (d < 0) {
        break;
      }
      value = value * (hex ? 16 : 10) + d;
      digits++;
      r++;
    }
    if (digits == 0 || digits >= 12) {
      return -1;
    }
    if (value != 9 && value != 10 && value != 12 && value != 13 && value != 32) {
      return -1;
    }
    return r < tokEnd && b[r] == ';' ? r + 1 : r;
  }

  /** Whether the current text token holds only whitespace (character references to whitespace included). */
  public boolean whitespaceOnly() {
    if (whitespaceOnly) {
      return true;
    }
    int q = tokStart;
    while (q < tokEnd) {
      if (isWs(b[q])) {
        q++;
      } else if (b[q] == '<' && q + 2 < tokEnd && b[q + 1] == '/' && b[q + 2] == '>') {
        q += 3; // dropped by the tokenizer
      } else {
        int r = b[q] == '&' ? whitespaceReferenceEnd(q) : -1;
        if (r < 0) {
          return false;
        }
        q = r;
      }
    }
    return true;
  }

  /** Whether the current tag is self-closing ({@code <x/>}). */
  public boolean selfClosing() {
    return selfClosing;
  }

  /** Whether jsoup and browsers may disagree about where the current tag ends ({@code <} inside it). */
  public boolean suspicious() {
    return suspicious;
  }

  /** Whether the current tag's lower-cased name is {@code n}. */
  public boolean nameIs(byte[] n) {
    if (n.length != nameLen) {
      return false;
    }
    for (int i = 0; i < nameLen; i++) {
      if (name[i] != n[i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether the current tag's name is one of {@code names}. */
  public boolean nameIn(byte[]... names) {
    for (byte[] n : names) {
      if (nameIs(n)) {
        return true;
      }
    }
    return false;
  }

  /** Number of attributes of the current tag. */
  public int attributeCount() {
    return attrCount;
  }

  /** Whether attribute {@code i}'s name equals {@code lowerName} ignoring ASCII case. */
  public boolean attributeNameIs(int i, String lowerName) {
    int s = attrs[i * 4];
    int e = attrs[i * 4 + 1];
    if (e - s != lowerName.length()) {
      return false;
    }
    for (int k = 0; k < e - s; k++) {
      if (lower(b[s + k]) != lowerName.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Index of the first attribute named {@code lowerName}, or -1. */
  public int attribute(String lowerName) {
    for (int i = 0; i < attrCount; i++) {
      if (attributeNameIs(i, lowerName)) {
        return i;
      }
    }
    return -1;
  }

  /** Start offset of attribute {@code i}'s value, or -1 when it has none. */
  public int valueStart(int i) {
    return attrs[i * 4 + 2];
  }

  /** End offset of attribute {@code i}'s value, or -1 when it has none. */
  public int valueEnd(int i) {
    return attrs[i * 4 + 3];
  }

  // --- byte helpers ---

  private boolean matches(int q, String s) {
    if (q + s.length() > end) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (b[q + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean matchesIgnoreCase(int q, String lower) {
    if (q + lower.length() > end) {
      return false;
    }
    for (int i = 0; i < lower.length(); i++) {
      if (lower(b[q + i]) != lower.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private int indexOf(int from, byte c) {
    for (int q = from; q < end; q++) {
      if (b[q] == c) {
        return q;
      }
    }
    return -1;
  }

  private int indexOf(int from, char c) {
    return indexOf(from, (byte) c);
  }

  /** First occurrence of {@code s} at or after {@code from} that ends at or before {@code limit}. */
  private int indexOf(int from, String s, int limit) {
    byte first = (byte) s.charAt(0);
    for (int q = from; q + s.length() <= limit; q++) {
      if (b[q] == first && matches(q, s)) {
        return q;
      }
    }
    return -1;
  }

  /** Whether {@code c} is HTML whitespace (CR included: the input stream turns it into LF). */
  public static boolean isWs(byte c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
  }

  private static boolean isAlpha(byte c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static byte lower(byte c) {
    return c >= 'A' && c <= 'Z' ? (byte) (c + 32) : c;
  }
}
