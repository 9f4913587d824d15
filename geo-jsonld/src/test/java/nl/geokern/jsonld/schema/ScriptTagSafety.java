package nl.geokern.jsonld.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.geokern.jsonld.json.JsonLdWriter.Options;
import nl.geokern.jsonld.json.JsonValues;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The property shared by the QuickTheories and the Jazzer test: whatever string goes into a FAQ
 * question or answer, the script tag geo writes cannot be broken out of and reads back unchanged.
 */
final class ScriptTagSafety {

  /** Strings that have broken JSON-in-HTML embeddings elsewhere; seeds for the generators. */
  static final List<String> NASTY = List.of(
      "</script>", "</SCRIPT >", "</script\t", "</scr", "ipt>", "<!--", "-->", "<script>",
      "<script type=\"application/ld+json\">", "]]>", "<![CDATA[", "\u2028", "\u2029", "\u0000",
      "\r\n", "\r", "\f", "\"", "\\", "\\u003c", "&lt;", "&", "<", ">", "/", "'", "`", "\uD800",
      "\uDC00", "\uD83D\uDE00", "\uFEFF", "\u0085", "\u007f", "\uFFFE", "é", "€", "\"}]}",
      "<p>Een <a href=\"https://example.nl/\">link</a></p>");

  private static final String PAGE = "https://example.nl/faq.html";

  private ScriptTagSafety() {}

  /**
   * Checks {@code s} as a question and as an answer, for one set of writer options; a blank
   * {@code s} must be rejected, and is then checked wrapped in visible text.
   */
  static void check(String s, Options options) {
    if (s.isBlank()) {
      assertThrows(IllegalArgumentException.class, () -> FaqPage.builder().question(s, "A."));
      assertThrows(IllegalArgumentException.class, () -> FaqPage.builder().question("Q?", s));
    } else {
      checkRoundTrip(s, s, options);
    }
    checkRoundTrip("Q" + s + "?", s + "A", options);
  }

  private static void checkRoundTrip(String question, String answer, Options options) {
    FaqPage page = FaqPage.builder()
        .url(PAGE)
        .question(question, answer)
        .question("Vaste vraag?", "Vast antwoord.")
        .build();
    String html = "<!DOCTYPE html>\n<html><head><title>FAQ</title>\n"
        + page.toScriptTag(options)
        + "\n</head><body><p id=\"after\">Na het script.</p></body></html>\n";

    Document doc = options.asciiOnly() ? parseAscii(html) : parseUtf8(html);

    Elements scripts = doc.select("script");
    assertEquals(1, scripts.size(), () -> "script elements in " + html);
    Elements jsonLd = doc.select("script[type=application/ld+json]");
    assertEquals(1, jsonLd.size(), () -> "JSON-LD script elements in " + html);
    Element script = jsonLd.first();
    assertEquals("head", script.parent().tagName());
    // The body after the script is intact: nothing leaked out of the element.
    assertEquals(1, doc.select("p").size());
    assertEquals("Na het script.", doc.getElementById("after").text());

    String data = script.data();
    String expectedJson = page.toJson(options);
    assertEquals(options.pretty() ? "\n" + expectedJson + "\n" : expectedJson, data);

    Object parsed = JsonValues.parse(data);
    assertEquals(page.toJsonLd(), parsed, "the JSON's meaning changed");
    Map<?, ?> first = (Map<?, ?>) ((List<?>) ((Map<?, ?>) parsed).get("mainEntity")).get(0);
    assertEquals(question, first.get("name"));
    assertEquals(answer, ((Map<?, ?>) first.get("acceptedAnswer")).get("text"));
  }

  /** Parses the page as UTF-8 bytes: a lone surrogate left in the output would not survive. */
  private static Document parseUtf8(String html) {
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    return parse(bytes, "UTF-8");
  }

  /** Parses an ASCII-only page as windows-1252, the usual charset of pages that are not UTF-8. */
  private static Document parseAscii(String html) {
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      int index = i;
      assertTrue(c < 0x80, () -> "non-ASCII U+" + Integer.toHexString(c) + " at " + index);
    }
    return parse(html.getBytes(StandardCharsets.US_ASCII), "windows-1252");
  }

  private static Document parse(byte[] bytes, String charset) {
    try {
      return Jsoup.parse(new ByteArrayInputStream(bytes), charset, PAGE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Decodes bytes as generalized UTF-8 ("WTF-8"): like UTF-8, but a three-byte sequence may encode
   * a surrogate, so seed files and fuzz inputs can hold lone surrogates; any other invalid byte
   * stands for the Latin-1 character of the same value.
   */
  static String decodeWtf8(byte[] bytes) {
    var sb = new StringBuilder(bytes.length);
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xff;
      int need = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : 0;
      if (b >= 0xf5 || b < 0x80) {
        need = 0;
      }
      int cp = need == 3 ? b & 0x07 : need == 2 ? b & 0x0f : b & 0x1f;
      boolean ok = need > 0;
      for (int k = 1; ok && k <= need; k++) {
        if (i + k >= bytes.length || (bytes[i + k] & 0xc0) != 0x80) {
          ok = false;
        } else {
          cp = (cp << 6) | (bytes[i + k] & 0x3f);
        }
      }
      boolean minimal = need == 1 || (need == 2 && cp >= 0x800) || (need == 3 && cp >= 0x10000
          && cp <= 0x10ffff);
      if (ok && minimal) {
        sb.appendCodePoint(cp); // a surrogate code point becomes one lone surrogate char
        i += need + 1;
      } else {
        sb.append((char) b);
        i++;
      }
    }
    return sb.toString();
  }
}
