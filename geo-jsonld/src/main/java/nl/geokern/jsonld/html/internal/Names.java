package nl.geokern.jsonld.html.internal;

import java.nio.charset.StandardCharsets;

/** Lower-case ASCII tag names, as bytes for allocation-free comparison in {@link HtmlLexer}. */
final class Names {
  static final byte[] HTML = bytes("html");
  static final byte[] HEAD = bytes("head");
  static final byte[] BODY = bytes("body");
  static final byte[] BR = bytes("br");
  static final byte[] BASE = bytes("base");
  static final byte[] BASEFONT = bytes("basefont");
  static final byte[] BGSOUND = bytes("bgsound");
  static final byte[] LINK = bytes("link");
  static final byte[] META = bytes("meta");
  static final byte[] TITLE = bytes("title");
  static final byte[] STYLE = bytes("style");
  static final byte[] NOFRAMES = bytes("noframes");
  static final byte[] NOSCRIPT = bytes("noscript");
  static final byte[] SCRIPT = bytes("script");
  static final byte[] TEMPLATE = bytes("template");
  static final byte[] TEXTAREA = bytes("textarea");
  static final byte[] XMP = bytes("xmp");
  static final byte[] IFRAME = bytes("iframe");
  static final byte[] NOEMBED = bytes("noembed");
  static final byte[] PLAINTEXT = bytes("plaintext");

  private Names() {}

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
