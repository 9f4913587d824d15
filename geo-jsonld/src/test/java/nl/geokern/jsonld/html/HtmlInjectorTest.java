package nl.geokern.jsonld.html;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlInjectorTest {

  private static final String J = "{\"a\":1}";
  private static final String B = HtmlInjector.OPEN_TAG + J + HtmlInjector.CLOSE_TAG;

  private static String inject(String page) {
    return new String(HtmlInjector.create().inject(page.getBytes(UTF_8), J).output(), UTF_8);
  }

  /** Each row: input page and expected output, '|' marking where the block goes. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
      "plain head;                 <html><head><title>t</title>|</head><body>x</body></html>",
      "empty file;                 |",
      "text only;                  |hello",
      "leading whitespace;         `  \n|hello`",
      "no html no head;            <title>t</title>|<p>x",
      "head without html;          <head><meta charset=utf-8>|</head>",
      "upper case;                 <HTML><HEAD><TITLE>t</TITLE>|</HEAD><BODY>",
      "mixed case end tag;         <head><link rel=a>|</hEaD >",
      "comment with end head;      <head><!-- </head> -->|</head>",
      "abrupt comments;            <head><!--><!--->|</head>",
      "bogus comments;             <head><!x </head ><?y </head >|</head>",
      "script with end head;       <head><script>if(a</head>b){}</script>|</head>",
      "escaped script;             <head><script><!--<script></script></head>--></script>|</head>",
      "style with end head;        <head><style>a{}</head></style>|</head>",
      "title rcdata;               <head><title></head></title>|</head>",
      "noframes rawtext;           <head><noframes></head></noframes>|</head>",
      "quoted attribute;           <head><meta content=\"a>b</head>\">|</head>",
      "single quoted attribute;    <head><meta content='</head>'>|</head>",
      "doctype;                    <!DOCTYPE html><html lang=en><head>|</head>",
      "no head but body;           <!doctype html><html>|<body>",
      "implicit end by div;        <head><meta a=1>|<div></head>",
      "text after meta;            <head><meta a=1> |x<meta b=2>",
      "whitespace before text;     `<head>\n  |x`",
      "frameset;                   <html><head>|<frameset></frameset>",
      "head after body;            |<body><head></head>",
      "end head twice;             <head>|</head></head>",
      "template stops;             <head>|<template></head></template></head>",
      "self-closing script stops;  <head>|<script/></head>",
      "simple noscript;            <head><noscript><link rel=x></noscript>|</head>",
      "noscript with text stops;   <head>|<noscript>x</noscript></head>",
      "textarea stops;             <head>|<textarea></head></textarea>",
      "nul byte;                   <head>|\0</head>",
      "unclosed tag at end;        <head>|<meta",
      "comment at end in head;     <head>|<!-- x",
      "comment before html;        <!-- c --><html>|<p>",
      "ignored end tag;            <head></p>|</head>",
      "empty end tag;              <head></>|</head>",
      "crlf;                       `<head>\r\n<title>t</title>\r\n|</head>`",
  })
  void inject_scannerCases(String name, String expected) {
    String page = expected.replace("|", "");
    assertEquals(expected.replace("|", B), inject(page), name);
    assertTrue(Conformance.check(page.getBytes(UTF_8), J, UTF_8).isEmpty(),
        () -> Conformance.check(page.getBytes(UTF_8), J, UTF_8).get());
  }

  @Test
  void inject_utf8Bom_insertsAfterBomAndKeepsIt() {
    byte[] page = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "<p>x".getBytes(UTF_8));
    InjectionResult r = HtmlInjector.create().inject(page, J);
    assertEquals(3, r.offset());
    assertArrayEquals(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, (B + "<p>x").getBytes(UTF_8)),
        r.output());
    assertEquals(PageCharset.Source.BOM, r.charset().source());
  }

  @Test
  void inject_secondRun_isByteIdentical() {
    byte[] once = HtmlInjector.create().inject("<head><title>t</title></head>".getBytes(UTF_8), J).output();
    InjectionResult twice = HtmlInjector.create().inject(once, J);
    assertEquals(InjectionResult.Action.UNCHANGED, twice.action());
    assertSame(once, twice.output());
  }

  @Test
  void inject_changedGraph_replacesBlockInPlace() {
    String page = "<head><title>t</title>" + HtmlInjector.OPEN_TAG + "{\"old\":true}</script>"
        + "<link rel=a></head>";
    InjectionResult r = HtmlInjector.create().inject(page.getBytes(UTF_8), J);
    assertEquals(InjectionResult.Action.REPLACED, r.action());
    assertEquals("<head><title>t</title>" + B + "<link rel=a></head>", new String(r.output(), UTF_8));
    assertEquals(22, r.offset());
  }

  @Test
  void inject_crlfPage_writesJsonLineBreaksAsCrlf() {
    String page = "<head>\r\n</head>";
    String out = new String(HtmlInjector.create().inject(page.getBytes(UTF_8), "{\n\"a\": 1\n}").output(), UTF_8);
    assertEquals("<head>\r\n" + HtmlInjector.OPEN_TAG + "{\r\n\"a\": 1\r\n}</script></head>", out);
  }

  @Test
  void inject_existingJsonLd_isReportedAndLeftAlone() {
    String page = "<head>\n<script type=\"Application/LD+JSON; charset=utf-8\">{\"@type\":\"FAQPage\"}</script>\n"
        + "</head><body>\n<script type=application/ld+json>[1]</script>";
    InjectionResult r = HtmlInjector.create().inject(page.getBytes(UTF_8), J);
    assertEquals(2, r.existing().size());
    ExistingJsonLd head = r.existing().get(0);
    assertEquals(new ExistingJsonLd(7, 2, 1, "{\"@type\":\"FAQPage\"}", false, true), head);
    ExistingJsonLd body = r.existing().get(1);
    assertEquals(4, body.line());
    assertEquals("[1]", body.text());
    assertEquals(false, body.inHead());
  }

  @Test
  void inject_scriptBreakoutInJson_staysOneScriptWithExactText() {
    String json = "{\"name\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\"}";
    byte[] out = HtmlInjector.create().inject("<html><head></head><body></body></html>".getBytes(UTF_8), json).output();
    Document doc = Conformance.parse(out, UTF_8);
    Elements scripts = doc.select("script");
    assertEquals(1, scripts.size());
    assertEquals(json, scripts.first().data());
    assertEquals(doc.head(), scripts.first().parent());
  }

  @Test
  void inject_unsafeJson_isRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HtmlInjector.create().inject("<p>".getBytes(UTF_8), "{\"a\":\"</script>\"}"));
    assertTrue(e.getMessage().contains("\\u003c"), e.getMessage());
  }

  @Test
  void inject_windows1252Page_writesNonAsciiAsEscapes() {
    Charset cp1252 = Charset.forName("windows-1252");
    byte[] page = "<head><meta charset=windows-1252><title>caf\u00e9</title></head>".getBytes(cp1252);
    PageCharset cs = HtmlInjector.create().sniff(page);
    assertEquals(cp1252, cs.charset());
    assertTrue(cs.requiresAsciiJson());
    byte[] out = HtmlInjector.create().inject(page, "{\"n\":\"caf\\u00e9\"}").output();
    assertEquals("<head><meta charset=windows-1252><title>caf\u00e9</title>" + HtmlInjector.OPEN_TAG
        + "{\"n\":\"caf\\u00e9\"}</script></head>", new String(out, cp1252));
    byte[] escaped = HtmlInjector.create().inject(page, "{\"n\":\"caf\u00e9 \ud83d\ude00\"}").output();
    assertEquals("<head><meta charset=windows-1252><title>caf\u00e9</title>" + HtmlInjector.OPEN_TAG
        + "{\"n\":\"caf\\u00e9 \\ud83d\\ude00\"}</script></head>", new String(escaped, cp1252));
  }

  @Test
  void sniff_httpEquivContentType_findsCharset() {
    byte[] page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-15\">".getBytes(UTF_8);
    PageCharset cs = CharsetSniffer.sniff(page);
    assertEquals(Charset.forName("ISO-8859-15"), cs.charset());
    assertEquals(PageCharset.Source.META, cs.source());
  }

  @Test
  void sniff_noDeclaration_defaultsToUtf8() {
    PageCharset cs = CharsetSniffer.sniff("<p>".getBytes(UTF_8));
    assertEquals(new PageCharset(UTF_8, PageCharset.Source.DEFAULT, 0), cs);
  }

  @Test
  void inject_utf16Page_isRefused() {
    byte[] page = "\uFEFF<html><head></head></html>".getBytes(StandardCharsets.UTF_16LE);
    UnsupportedPageException e = assertThrows(UnsupportedPageException.class,
        () -> HtmlInjector.create().inject(page, J));
    assertTrue(e.getMessage().contains("UTF-16LE"), e.getMessage());
  }

  @Test
  void inject_metaSaysUtf16_isTreatedAsUtf8() {
    byte[] page = "<meta charset=utf-16><p>\u00e9".getBytes(UTF_8);
    assertEquals(UTF_8, CharsetSniffer.sniff(page).charset());
  }

  @Test
  void inject_duplicateGeoBlocks_warns() {
    String page = "<head>" + B + B + "</head>";
    InjectionResult r = HtmlInjector.create().inject(page.getBytes(UTF_8), J);
    assertEquals(InjectionResult.Action.UNCHANGED, r.action());
    assertEquals(1, r.warnings().size());
    assertTrue(r.warnings().get(0).contains("another geo JSON-LD block"), r.warnings().get(0));
  }

  @Test
  void inject_openCommentBeforeHead_warns() {
    InjectionResult r = HtmlInjector.create().inject("<!-- x".getBytes(UTF_8), J);
    assertEquals(0, r.offset());
    assertTrue(r.warnings().get(0).contains("unclosed comment"));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] r = new byte[a.length + b.length];
    System.arraycopy(a, 0, r, 0, a.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }
}
