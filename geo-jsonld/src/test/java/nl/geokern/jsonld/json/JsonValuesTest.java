package nl.geokern.jsonld.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonValuesTest {

  @Test
  void parse_objectsKeepKeyOrderAndTypes() {
    Object v = JsonValues.parse("{\"b\": 1, \"a\": [true, null, 1.5, \"x\"]}");
    assertEquals(List.of("b", "a"), List.copyOf(((Map<?, ?>) v).keySet()));
    assertEquals(List.of(Boolean.TRUE, JsonValues.NULL, new java.math.BigDecimal("1.5"), "x"), ((Map<?, ?>) v).get("a"));
  }

  @Test
  void parse_syntaxError_hasLineAndColumn() {
    var e = assertThrows(JsonValues.JsonSyntaxException.class, () -> JsonValues.parse("{\n  \"a\": 1,,\n}"));
    assertEquals(2, e.line());
  }

  @Test
  void parse_hostileNesting_isASyntaxErrorNotAStackOverflow() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    var e = assertThrows(JsonValues.JsonSyntaxException.class, () -> JsonValues.parse(deep));
    assertTrue(e.getMessage().contains("nesting") || e.getMessage().contains("depth"), e.getMessage());
  }

  @Test
  void parse_duplicateKey_isASyntaxError() {
    assertThrows(JsonValues.JsonSyntaxException.class, () -> JsonValues.parse("{\"a\": 1, \"a\": 2}"));
  }
}
