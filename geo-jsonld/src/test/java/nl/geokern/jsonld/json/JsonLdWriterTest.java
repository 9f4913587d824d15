package nl.geokern.jsonld.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.geokern.jsonld.json.JsonLdWriter.Options;
import org.junit.jupiter.api.Test;

class JsonLdWriterTest {

  private static final Options ASCII = Options.of(false, true);

  /** A small graph with nesting, every scalar kind and keys in a deliberately bad order. */
  private static Map<String, Object> sample() {
    Map<String, Object> question = new LinkedHashMap<>();
    question.put("name", "Wat kost het?");
    question.put("@type", "Question");
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("url", "https://example.nl/");
    root.put("mainEntity", List.of(question, 42L, new BigDecimal("1.50"), true, JsonValues.NULL));
    root.put("@type", "FAQPage");
    root.put("empty", Map.of());
    root.put("none", List.of());
    root.put("@id", "https://example.nl/#webpage");
    root.put("@context", "https://schema.org");
    return root;
  }

  @Test
  void write_compactGolden() {
    assertEquals("{\"@context\":\"https://schema.org\",\"@id\":\"https://example.nl/#webpage\","
        + "\"@type\":\"FAQPage\",\"empty\":{},\"mainEntity\":[{\"@type\":\"Question\","
        + "\"name\":\"Wat kost het?\"},42,1.50,true,null],\"none\":[],"
        + "\"url\":\"https://example.nl/\"}", JsonLdWriter.write(sample()));
  }

  @Test
  void write_prettyGolden() {
    assertEquals("""
        {
          "@context": "https://schema.org",
          "@id": "https://example.nl/#webpage",
          "@type": "FAQPage",
          "empty": {},
          "mainEntity": [
            {
              "@type": "Question",
              "name": "Wat kost het?"
            },
            42,
            1.50,
            true,
            null
          ],
          "none": [],
          "url": "https://example.nl/"
        }""", JsonLdWriter.write(sample(), Options.PRETTY));
  }

  @Test
  void write_sameOutputWhateverTheMapOrder() {
    Map<String, Object> hash = new HashMap<>(sample());
    Map<String, Object> tree = new TreeMap<>(sample());
    String expected = JsonLdWriter.write(sample());
    assertEquals(expected, JsonLdWriter.write(hash));
    assertEquals(expected, JsonLdWriter.write(tree));
  }

  @Test
  void write_keywordsFirstThenByCodePoint() {
    Map<String, Object> map = new LinkedHashMap<>();
    for (String key : List.of("b", "\uFB01", "\uD83D\uDE00", "@graph", "a", "Z", "@type", "é",
        "@id", "-", "1", "@context", "ab", "")) {
      map.put(key, 1L);
    }
    List<String> keys = new ArrayList<>(((Map<?, ?>) JsonValues.parse(JsonLdWriter.write(map)))
        .keySet().stream().map(String.class::cast).toList());
    // U+FB01 sorts before U+1F600 by code point, although its UTF-16 unit is larger than 0xD83D.
    assertEquals(List.of("@context", "@id", "@type", "", "-", "1", "@graph", "Z", "a", "ab", "b",
        "é", "\uFB01", "\uD83D\uDE00"), keys);
  }

  @Test
  void keyOrder_isUsableAsComparator() {
    List<String> keys = new ArrayList<>(List.of("name", "@type", "@context", "@graph", "@id"));
    keys.sort(JsonLdWriter.KEY_ORDER);
    assertEquals(List.of("@context", "@id", "@type", "@graph", "name"), keys);
  }

  @Test
  void write_escapesEachHtmlSensitiveCharacter() {
    assertEquals("\"\\u003c\"", JsonLdWriter.write("<"));
    assertEquals("\"\\u003e\"", JsonLdWriter.write(">"));
    assertEquals("\"\\u0026\"", JsonLdWriter.write("&"));
    assertEquals("\"\\u2028\"", JsonLdWriter.write("\u2028"));
    assertEquals("\"\\u2029\"", JsonLdWriter.write("\u2029"));
    assertEquals("\"\\u003c/script\\u003e\\u003c!--\"", JsonLdWriter.write("</script><!--"));
    assertEquals("\"]]\\u003e\"", JsonLdWriter.write("]]>"));
  }

  @Test
  void write_escapesJsonRequiredCharacters() {
    assertEquals("\"\\\"\"", JsonLdWriter.write("\""));
    assertEquals("\"\\\\\"", JsonLdWriter.write("\\"));
    assertEquals("\"\\b\\f\\n\\r\\t\"", JsonLdWriter.write("\b\f\n\r\t"));
    assertEquals("\"\\u0000\\u0001\\u001f\"", JsonLdWriter.write("\u0000\u0001\u001f"));
    assertEquals("\"\\u007f\\u0085\\u009f\"", JsonLdWriter.write("\u007f\u0085\u009f"));
    assertEquals("\"/ ' ~\"", JsonLdWriter.write("/ ' ~"));
  }

  @Test
  void write_escapesKeysLikeValues() {
    assertEquals("{\"\\u003c/script\\u003e\":\"x\"}",
        JsonLdWriter.write(Map.of("</script>", "x")));
  }

  @Test
  void write_keepsNonAsciiByDefault() {
    assertEquals("\"café 😀\"", JsonLdWriter.write("café 😀"));
  }

  @Test
  void write_asciiOnlyEscapesNonAscii() {
    assertEquals("\"caf\\u00e9 \\ud83d\\ude00\"", JsonLdWriter.write("café 😀", ASCII));
    assertEquals("\"\\u20ac ~\"", JsonLdWriter.write("€ ~", ASCII));
  }

  @Test
  void write_loneSurrogatesBecomeEscapes() {
    assertEquals("\"a\\ud800b\"", JsonLdWriter.write("a\uD800b"));
    assertEquals("\"a\\udc00b\"", JsonLdWriter.write("a\uDC00b"));
    assertEquals("\"\\ud800\"", JsonLdWriter.write("\uD800"));
    // A low surrogate before a high one is two lone surrogates, not a pair.
    assertEquals("\"\\ude00\\ud83d\"", JsonLdWriter.write("\uDE00\uD83D"));
    assertEquals("\"\\ud83d\\ud83d\\ude00\"", JsonLdWriter.write("\uD83D\uD83D\uDE00", ASCII));
    assertEquals("\"\\ud83d😀\"", JsonLdWriter.write("\uD83D\uD83D\uDE00"));
  }

  @Test
  void write_loneSurrogatesReadBackExactly() {
    String s = "x\uDC00\uD800y\uD83D";
    assertEquals(s, JsonValues.parse(JsonLdWriter.write(s)));
    assertEquals(s, JsonValues.parse(JsonLdWriter.write(s, ASCII)));
  }

  @Test
  void write_numbersAsWritten() {
    assertEquals("[1,-2,3,4,123456789012345678901234567890]", JsonLdWriter.write(List.of(
        1, -2L, (short) 3, (byte) 4, new BigInteger("123456789012345678901234567890"))));
    assertEquals("[1000,0.000001,1.50,0]", JsonLdWriter.write(List.of(new BigDecimal("1E+3"),
        new BigDecimal("1E-6"), new BigDecimal("1.50"), new BigDecimal("-0"))));
    assertEquals("[0.1,2.5,100000000000000000000,0.0001,-0.0,0.1]", JsonLdWriter.write(List.of(
        0.1d, 2.5d, 1e20d, 1e-4d, -0.0d, 0.1f)));
  }

  @Test
  void write_hugeExponentKeepsScientificForm() {
    assertEquals("1E+100000", JsonLdWriter.write(new BigDecimal("1E+100000")));
  }

  @Test
  void write_scalarsAtTopLevel() {
    assertEquals("true", JsonLdWriter.write(true));
    assertEquals("null", JsonLdWriter.write(JsonValues.NULL));
    assertEquals("\"\"", JsonLdWriter.write(""));
  }

  @Test
  void write_rejectsNanNamingThePath() {
    Map<String, Object> graph = Map.of("@graph",
        List.of(Map.of(), Map.of(), Map.of("name", Double.NaN)));
    var e = assertThrows(IllegalArgumentException.class, () -> JsonLdWriter.write(graph));
    assertEquals("not JSON at $.@graph[2].name: the number NaN, which JSON cannot express",
        e.getMessage());
  }

  @Test
  void write_rejectsInfinity() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> JsonLdWriter.write(List.of(Float.NEGATIVE_INFINITY)));
    assertEquals("not JSON at $[0]: the number -Infinity, which JSON cannot express",
        e.getMessage());
  }

  @Test
  void write_rejectsArbitraryObject() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> JsonLdWriter.write(Map.of("a b", List.of(new StringBuilder("x")))));
    assertEquals("not JSON at $[\"a b\"][0]: a java.lang.StringBuilder, which is not a JSON value"
        + " (expected Map, List, String, Number, Boolean or JsonValues.NULL)", e.getMessage());
  }

  @Test
  void write_rejectsJavaNull() {
    Map<String, Object> map = new HashMap<>();
    map.put("name", null);
    var e = assertThrows(IllegalArgumentException.class, () -> JsonLdWriter.write(map));
    assertEquals("not JSON at $.name: a Java null; use JsonValues.NULL for JSON null",
        e.getMessage());
  }

  @Test
  void write_rejectsSetAndArrayAndOtherNumbers() {
    assertThrows(IllegalArgumentException.class, () -> JsonLdWriter.write(Set.of("a")));
    assertThrows(IllegalArgumentException.class, () -> JsonLdWriter.write(new String[] {"a"}));
    var e = assertThrows(IllegalArgumentException.class,
        () -> JsonLdWriter.write(new java.util.concurrent.atomic.AtomicLong(1)));
    assertEquals("not JSON at $: a java.util.concurrent.atomic.AtomicLong; expected Integer, Long,"
        + " Short, Byte, BigInteger, BigDecimal, Double or Float", e.getMessage());
  }

  @Test
  void write_rejectsNonStringKey() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> JsonLdWriter.write(Map.of("x", Map.of(1, "one"))));
    assertEquals("not JSON at $.x: the map key 1 (a java.lang.Integer) is not a String;"
        + " JSON object keys are strings", e.getMessage());
  }

  @Test
  void write_rejectsDuplicateKeyOfIdentityMap() {
    Map<String, Object> map = new java.util.IdentityHashMap<>();
    map.put(new String("name"), "a");
    map.put(new String("name"), "b");
    var e = assertThrows(IllegalArgumentException.class, () -> JsonLdWriter.write(map));
    assertEquals("not JSON at $: the key \"name\" occurs twice", e.getMessage());
  }

  @Test
  void write_rejectsCycle() {
    List<Object> list = new ArrayList<>();
    list.add("a");
    list.add(list);
    var e = assertThrows(IllegalArgumentException.class, () -> JsonLdWriter.write(list));
    assertEquals("not JSON at $[1]: a container that contains itself; JSON cannot express a cycle",
        e.getMessage());
  }

  @Test
  void write_acceptsSharedNonCyclicContainers() {
    Map<String, Object> shared = Map.of("@id", "#x");
    assertEquals("[{\"@id\":\"#x\"},{\"@id\":\"#x\"}]", JsonLdWriter.write(List.of(shared, shared)));
  }

  @Test
  void write_rejectsExcessiveNesting() {
    Object value = "leaf";
    for (int i = 0; i < JsonLdWriter.MAX_DEPTH + 1; i++) {
      value = List.of(value);
    }
    Object deep = value;
    var e = assertThrows(IllegalArgumentException.class, () -> JsonLdWriter.write(deep));
    assertEquals(true, e.getMessage().contains("nesting deeper than " + JsonLdWriter.MAX_DEPTH + " levels"),
        e.getMessage());
  }

  @Test
  void write_roundTripsThroughJsonValues() {
    Object parsed = JsonValues.parse(JsonLdWriter.write(sample(), Options.PRETTY));
    assertEquals(JsonLdWriter.write(sample()), JsonLdWriter.write(parsed));
  }

  @Test
  void scriptTag_compactAndPretty() {
    Map<String, Object> node = Map.of("@type", "Thing", "name", "</script>");
    assertEquals("<script type=\"application/ld+json\">{\"@type\":\"Thing\","
        + "\"name\":\"\\u003c/script\\u003e\"}</script>", JsonLdWriter.scriptTag(node));
    assertEquals("""
        <script type="application/ld+json">
        {
          "@type": "Thing",
          "name": "\\u003c/script\\u003e"
        }
        </script>""", JsonLdWriter.scriptTag(node, Options.PRETTY));
  }

  @Test
  void options_withers() {
    assertEquals(Options.of(true, true), Options.COMPACT.withPretty(true).withAsciiOnly(true));
    assertEquals(Options.PRETTY, Options.of(true, true).withAsciiOnly(false));
  }
}
