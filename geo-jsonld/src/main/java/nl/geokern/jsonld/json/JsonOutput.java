package nl.geokern.jsonld.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.geokern.jsonld.json.JsonLdWriter.Options;

/** One serialization for {@link JsonLdWriter}: the output, the options and the containers being written. */
final class JsonOutput {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z0-9_@-]+");

  private final StringBuilder out;
  private final Options options;
  private final Set<Object> open = Collections.newSetFromMap(new IdentityHashMap<>());

  JsonOutput(StringBuilder out, Options options) {
    this.out = out;
    this.options = options;
  }

  void value(Object value, Location path, int depth) {
    if (value == null) {
      throw reject(path, "a Java null; use JsonValues.NULL for JSON null");
    } else if (value == JsonValues.NULL) {
      out.append("null");
    } else if (value instanceof String s) {
      string(s);
    } else if (value instanceof Boolean b) {
      out.append(b.booleanValue());
    } else if (value instanceof Number n) {
      number(n, path);
    } else if (value instanceof Map<?, ?> map) {
      enter(map, path, depth);
      object(map, path, depth);
      open.remove(map);
    } else if (value instanceof List<?> list) {
      enter(list, path, depth);
      array(list, path, depth);
      open.remove(list);
    } else {
      throw reject(path, "a " + value.getClass().getName()
          + ", which is not a JSON value (expected Map, List, String, Number, Boolean or"
          + " JsonValues.NULL)");
    }
  }

  private void enter(Object container, Location path, int depth) {
    if (depth >= JsonLdWriter.MAX_DEPTH) {
      throw reject(path, "nesting deeper than " + JsonLdWriter.MAX_DEPTH + " levels");
    }
    if (!open.add(container)) {
      throw reject(path, "a container that contains itself; JSON cannot express a cycle");
    }
  }

  private void object(Map<?, ?> map, Location path, int depth) {
    // Entries, not keySet + get: the values written are exactly the ones iterated.
    List<Map.Entry<String, Object>> entries = new ArrayList<>(map.size());
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      Object key = entry.getKey();
      if (!(key instanceof String s)) {
        throw new IllegalArgumentException("not JSON at " + path + ": the map key " + key
            + (key == null ? "" : " (a " + key.getClass().getName() + ")")
            + " is not a String; JSON object keys are strings");
      }
      entries.add(new SimpleImmutableEntry<>(s, entry.getValue()));
    }
    entries.sort(Map.Entry.comparingByKey(JsonLdWriter.KEY_ORDER));
    out.append('{');
    String previous = null;
    for (Map.Entry<String, Object> entry : entries) {
      String key = entry.getKey();
      if (previous != null) {
        if (previous.equals(key)) { // only an identity-based map can get here
          throw new IllegalArgumentException(
              "not JSON at " + path + ": the key \"" + key + "\" occurs twice");
        }
        out.append(',');
      }
      previous = key;
      newline(depth + 1);
      string(key);
      out.append(options.pretty() ? ": " : ":");
      value(entry.getValue(), new Location(path, key, -1), depth + 1);
    }
    if (!entries.isEmpty()) {
      newline(depth);
    }
    out.append('}');
  }

  private void array(List<?> list, Location path, int depth) {
    out.append('[');
    int index = 0;
    for (Object element : list) {
      if (index > 0) {
        out.append(',');
      }
      newline(depth + 1);
      value(element, new Location(path, null, index), depth + 1);
      index++;
    }
    if (index > 0) {
      newline(depth);
    }
    out.append(']');
  }

  private void newline(int depth) {
    if (options.pretty()) {
      out.append('\n');
      for (int i = 0; i < depth; i++) {
        out.append("  ");
      }
    }
  }

  private void number(Number n, Location path) {
    if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
        || n instanceof BigInteger) {
      out.append(n);
    } else if (n instanceof BigDecimal d) {
      out.append(plain(d));
    } else if (n instanceof Double || n instanceof Float) {
      double d = n.doubleValue();
      if (!Double.isFinite(d)) {
        throw reject(path, "the number " + n + ", which JSON cannot express");
      }
      // Float.toString keeps a float's short form (0.1f stays 0.1, not 0.10000000149011612).
      String text = n instanceof Float f ? Float.toString(f) : Double.toString(d);
      out.append(
          text.indexOf('E') < 0 ? text : plain(new BigDecimal(text).stripTrailingZeros()));
    } else {
      throw reject(path, "a " + n.getClass().getName()
          + "; expected Integer, Long, Short, Byte, BigInteger, BigDecimal, Double or Float");
    }
  }

  private static String plain(BigDecimal d) {
    int padding = Math.max(-d.scale(), d.scale() - d.precision());
    return padding > JsonLdWriter.MAX_PLAIN_DIGITS ? d.toString() : d.toPlainString();
  }

  private void string(String s) {
    boolean ascii = options.asciiOnly();
    out.append('"');
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '<', '>', '&', '\u2028', '\u2029' -> unicodeEscape(c);
        default -> {
          if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
            unicodeEscape(c);
          } else if (Character.isHighSurrogate(c)) {
            if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
              char low = s.charAt(++i);
              if (ascii) {
                unicodeEscape(c);
                unicodeEscape(low);
              } else {
                out.append(c).append(low);
              }
            } else {
              unicodeEscape(c); // lone high surrogate
            }
          } else if (Character.isLowSurrogate(c)) {
            unicodeEscape(c); // lone low surrogate: a valid pair was consumed above
          } else if (ascii && c > 0x7e) {
            unicodeEscape(c);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private void unicodeEscape(char c) {
    out.append("\\u")
        .append(HEX[(c >> 12) & 0xf])
        .append(HEX[(c >> 8) & 0xf])
        .append(HEX[(c >> 4) & 0xf])
        .append(HEX[c & 0xf]);
  }

  private static IllegalArgumentException reject(Location path, String what) {
    return new IllegalArgumentException("not JSON at " + path + ": " + what);
  }

  private static String childPath(String path, String key) {
    if (SIMPLE_KEY.matcher(key).matches()) {
      return path + "." + key;
    }
    // Bracket form for keys with dots, spaces, quotes…; written ASCII-only so a message stays readable.
    var quoted = new StringBuilder();
    new JsonOutput(quoted, Options.of(false, true)).string(key);
    return path + "[" + quoted + "]";
  }

  /**
   * Where a value sits, such as {@code $.@graph[2].name}: a chain of keys and indexes that becomes
   * text only when a message needs it, so that writing a valid graph builds no path strings.
   */
  static final class Location {
    static final Location ROOT = new Location(null, null, -1);

    private final Location parent;
    private final String key;
    private final int index;

    Location(Location parent, String key, int index) {
      this.parent = parent;
      this.key = key;
      this.index = index;
    }

    @Override
    public String toString() {
      if (parent == null) {
        return "$";
      }
      return key != null ? childPath(parent.toString(), key) : parent + "[" + index + "]";
    }
  }
}
