package nl.geokern.jsonld.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Parses JSON text into plain JDK values, the representation of JSON-LD throughout geo.
 *
 * <p>Objects become {@link LinkedHashMap} (keys in document order), arrays {@link ArrayList},
 * strings {@link String}, numbers {@link Long}, {@link BigInteger} or {@link BigDecimal}, booleans
 * {@link Boolean}, and JSON {@code null} the {@link #NULL} marker (so that a map can hold it). Using JDK
 * types keeps Jackson out of geo's public signatures.
 */
public final class JsonValues {

  /** Stands for JSON {@code null} inside maps and lists. */
  public static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  /**
   * Deepest nesting accepted when parsing, as for writing: deeper JSON (which only hostile input has)
   * is a syntax error rather than a stack overflow in the recursive code that walks the values.
   */
  public static final int MAX_DEPTH = 256;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
      .build();

  private JsonValues() {}

  /**
   * Parses one JSON value; trailing content other than whitespace is an error.
   *
   * @throws JsonSyntaxException with a 1-based line and column inside {@code text}
   */
  public static Object parse(String text) {
    Objects.requireNonNull(text, "text");
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new JsonSyntaxException("empty JSON: expected a value", 1, 1);
      }
      Object value = read(p, first);
      JsonToken trailing = p.nextToken();
      if (trailing != null) {
        var loc = p.currentTokenLocation();
        throw new JsonSyntaxException(
            "unexpected content after the JSON value: " + trailing.asString(),
            loc.getLineNr(), loc.getColumnNr());
      }
      return value;
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      int line = loc == null ? 1 : Math.max(1, loc.getLineNr());
      int column = loc == null ? 1 : Math.max(1, loc.getColumnNr());
      throw new JsonSyntaxException(e.getOriginalMessage(), line, column);
    } catch (IOException e) {
      throw new IllegalStateException("reading JSON from a String failed", e);
    }
  }

  private static Object read(JsonParser p, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
          String name = p.currentName();
          map.put(name, read(p, p.nextToken()));
        }
        return map;
      }
      case START_ARRAY: {
        List<Object> list = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
          list.add(read(p, t));
        }
        return list;
      }
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        return switch (p.getNumberType()) {
          case INT, LONG -> p.getLongValue();
          default -> p.getBigIntegerValue();
        };
      case VALUE_NUMBER_FLOAT:
        return p.getDecimalValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return NULL;
      default:
        throw new IllegalStateException("unexpected JSON token " + token);
    }
  }

  /** JSON that does not parse, with the position of the problem. */
  public static final class JsonSyntaxException extends IllegalArgumentException {
    private final int line;
    private final int column;

    /** Creates the exception for a problem at a 1-based line and column. */
    public JsonSyntaxException(String message, int line, int column) {
      super(message + " (line " + line + ", column " + column + ")");
      this.line = line;
      this.column = column;
    }

    /** 1-based line of the problem inside the parsed text. */
    public int line() {
      return line;
    }

    /** 1-based column of the problem inside the parsed text. */
    public int column() {
      return column;
    }
  }
}
