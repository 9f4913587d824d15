package nl.geokern.jsonld.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Serializes JSON-LD held as plain JDK values into deterministic JSON text that is safe to place
 * inside an HTML {@code <script type="application/ld+json">} element.
 *
 * <h2>Accepted values</h2>
 *
 * <p>The input is the representation {@link JsonValues} produces: {@link Map} with {@link String}
 * keys (any implementation; its iteration order is ignored), {@link List}, {@link String}, {@link
 * Boolean}, {@link JsonValues#NULL} for JSON {@code null}, and the numbers {@link Integer}, {@link
 * Long}, {@link Short}, {@link Byte}, {@link BigInteger}, {@link BigDecimal}, and finite {@link
 * Double} and {@link Float}. Anything else — a Java {@code null}, NaN or an infinity, a {@link Set},
 * an array, a map key that is not a string, an object that contains itself, nesting deeper than
 * {@value #MAX_DEPTH} levels — is rejected with an
 * {@link IllegalArgumentException} whose message names the JSONPath of the bad value, e.g. {@code
 * $.@graph[2].name}.
 *
 * <h2>Key order</h2>
 *
 * <p>Object keys are written in a stable order that does not depend on the map: first {@code
 * @context}, {@code @id} and {@code @type} (in that order, when present), then all other keys sorted
 * by Unicode code point (so {@code "@graph"} comes before {@code "Zeta"}, which comes before {@code
 * "alpha"}). The same value therefore always gives the same bytes.
 *
 * <h2>Numbers</h2>
 *
 * <p>Integers are written as their decimal digits. A {@link BigDecimal} is written with {@link
 * BigDecimal#toPlainString()} ({@code 1E+3} becomes {@code 1000}, never an exponent), unless the
 * plain form would be absurdly long (more than 1000 digits of padding), in which
 * case its scientific form, which is still valid JSON, is used. A {@code double} or {@code float} is
 * written as {@link Double#toString(double)} when that has no exponent and as the plain decimal of
 * {@link BigDecimal} otherwise, without trailing zeros ({@code 1.0E20} becomes {@code
 * 100000000000000000000}, {@code 1.0E-4} becomes {@code 0.0001}).
 *
 * <h2>Escaping</h2>
 *
 * <p>Inside strings (and keys) the writer escapes what JSON requires ({@code "}, {@code \}, and
 * U+0000–U+001F, using {@code \b \f \n \r \t} where JSON has a short form) and, so that the text can
 * never end or open an HTML element, comment or CDATA section, {@code <}, {@code >} and {@code &}
 * as {@code \u003c}, {@code \u003e} and {@code \u0026}. It also escapes U+2028 and U+2029 (line
 * terminators in older JavaScript), DEL and the C1 controls U+007F–U+009F (invisible, and parse
 * errors in HTML), and any lone surrogate (a {@code char} in U+D800–U+DFFF that is not part of a
 * valid pair): escaping a lone surrogate keeps the output valid Unicode, so it can be encoded as
 * UTF-8, while a JSON parser still reads back the exact same Java string. With {@link
 * Options#asciiOnly()} every character above U+007E is escaped as well, a supplementary character as
 * its two surrogate escapes (😀 becomes {@code \ud83d\ude00}), so the output is pure ASCII for
 * pages that are not served as UTF-8. Hex digits in escapes are lower case.
 *
 * <h2>Layout</h2>
 *
 * <p>Compact output has no whitespace at all. Pretty output puts every member and every array
 * element on its own line, indented by two spaces per level, with {@code "key": value} and {@code \n}
 * line ends; empty objects and arrays stay {@code {}} and {@code []}. Neither form ends with a
 * newline.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class JsonLdWriter {

  /** Beyond this many padding zeros a BigDecimal keeps its (valid JSON) exponent form. */
  static final int MAX_PLAIN_DIGITS = 1000;

  /**
   * Deepest nesting of objects and arrays accepted: far beyond any real graph, and shallow enough
   * that the recursive writer never runs out of stack, even in an interpreted frame.
   */
  public static final int MAX_DEPTH = 256;

  private static final String SCRIPT_OPEN = "<script type=\"application/ld+json\">";
  private static final String SCRIPT_CLOSE = "</script>";
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z0-9_@-]+");
  private static final List<String> FIRST_KEYS = List.of("@context", "@id", "@type");

  /**
   * Orders object keys: {@code @context}, {@code @id}, {@code @type} first, then by code point.
   */
  public static final Comparator<String> KEY_ORDER = JsonLdWriter::compareKeys;

  private JsonLdWriter() {}

  /**
   * How to lay out and escape the JSON text.
   *
   * @param pretty indent with two spaces and {@code \n} line ends instead of writing compactly
   * @param asciiOnly escape every character above U+007E, for pages not served as UTF-8
   */
  public record Options(boolean pretty, boolean asciiOnly) {

    /** Compact, UTF-8 output: the default. */
    public static final Options COMPACT = new Options(false, false);

    /** Pretty-printed, UTF-8 output. */
    public static final Options PRETTY = new Options(true, false);

    /** Returns options with the given layout and escaping. */
    public static Options of(boolean pretty, boolean asciiOnly) {
      return new Options(pretty, asciiOnly);
    }

    /** Returns a copy of these options with pretty-printing switched on or off. */
    public Options withPretty(boolean pretty) {
      return new Options(pretty, asciiOnly);
    }

    /** Returns a copy of these options with ASCII-only escaping switched on or off. */
    public Options withAsciiOnly(boolean asciiOnly) {
      return new Options(pretty, asciiOnly);
    }
  }

  /**
   * Writes a JSON value compactly.
   *
   * @throws IllegalArgumentException if the value, or anything inside it, is not a JSON value
   */
  public static String write(Object value) {
    return write(value, Options.COMPACT);
  }

  /**
   * Writes a JSON value as deterministic, HTML-script-safe JSON text.
   *
   * @throws IllegalArgumentException if the value, or anything inside it, is not a JSON value; the
   *     message names its path, such as {@code $.@graph[2].name}
   */
  public static String write(Object value, Options options) {
    Objects.requireNonNull(options, "options");
    var out = new StringBuilder(256);
    new Run(out, options).value(value, Loc.ROOT, 0);
    return out.toString();
  }

  /**
   * Wraps a compactly written JSON value in a {@code <script type="application/ld+json">} element.
   *
   * @throws IllegalArgumentException if the value is not a JSON value
   */
  public static String scriptTag(Object value) {
    return scriptTag(value, Options.COMPACT);
  }

  /**
   * Wraps a JSON value in a {@code <script type="application/ld+json">} element, ready to paste into
   * an HTML page.
   *
   * <p>Compact output sits directly between the tags; pretty output starts and ends on its own line.
   * The escaping described in the class documentation guarantees that the element ends exactly at
   * the closing {@code </script>} written here.
   *
   * @throws IllegalArgumentException if the value is not a JSON value
   */
  public static String scriptTag(Object value, Options options) {
    String json = write(value, options);
    return options.pretty()
        ? SCRIPT_OPEN + "\n" + json + "\n" + SCRIPT_CLOSE
        : SCRIPT_OPEN + json + SCRIPT_CLOSE;
  }

  private static int compareKeys(String a, String b) {
    int ra = FIRST_KEYS.indexOf(a);
    int rb = FIRST_KEYS.indexOf(b);
    if (ra >= 0 || rb >= 0) {
      return Integer.compare(ra < 0 ? FIRST_KEYS.size() : ra, rb < 0 ? FIRST_KEYS.size() : rb);
    }
    return compareByCodePoint(a, b);
  }

  // String.compareTo compares UTF-16 units, which puts U+E000..U+FFFF after supplementary characters.
  private static int compareByCodePoint(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /** One serialization: the output, the options and the containers currently being written. */
  private static final class Run {
    private final StringBuilder out;
    private final Options options;
    private final Set<Object> open = Collections.newSetFromMap(new IdentityHashMap<>());

    Run(StringBuilder out, Options options) {
      this.out = out;
      this.options = options;
    }

    void value(Object value, Loc path, int depth) {
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

    private void enter(Object container, Loc path, int depth) {
      if (depth >= MAX_DEPTH) {
        throw reject(path, "nesting deeper than " + MAX_DEPTH + " levels");
      }
      if (!open.add(container)) {
        throw reject(path, "a container that contains itself; JSON cannot express a cycle");
      }
    }

    private void object(Map<?, ?> map, Loc path, int depth) {
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
      entries.sort(Map.Entry.comparingByKey(KEY_ORDER));
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
        value(entry.getValue(), new Loc(path, key, -1), depth + 1);
      }
      if (!entries.isEmpty()) {
        newline(depth);
      }
      out.append('}');
    }

    private void array(List<?> list, Loc path, int depth) {
      out.append('[');
      int index = 0;
      for (Object element : list) {
        if (index > 0) {
          out.append(',');
        }
        newline(depth + 1);
        value(element, new Loc(path, null, index), depth + 1);
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

    private void number(Number n, Loc path) {
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
      return padding > MAX_PLAIN_DIGITS ? d.toString() : d.toPlainString();
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

    private static IllegalArgumentException reject(Loc path, String what) {
      return new IllegalArgumentException("not JSON at " + path + ": " + what);
    }

    private static String childPath(String path, String key) {
      if (SIMPLE_KEY.matcher(key).matches()) {
        return path + "." + key;
      }
      // Bracket form for keys with dots, spaces, quotes…; written ASCII-only so a message stays readable.
      var quoted = new StringBuilder();
      new Run(quoted, Options.of(false, true)).string(key);
      return path + "[" + quoted + "]";
    }
  }

  /**
   * Where a value sits, such as {@code $.@graph[2].name}: a chain of keys and indexes that becomes
   * text only when a message needs it, so that writing a valid graph builds no path strings.
   */
  private static final class Loc {
    static final Loc ROOT = new Loc(null, null, -1);

    private final Loc parent;
    private final String key;
    private final int index;

    Loc(Loc parent, String key, int index) {
      this.parent = parent;
      this.key = key;
      this.index = index;
    }

    @Override
    public String toString() {
      if (parent == null) {
        return "$";
      }
      return key != null ? Run.childPath(parent.toString(), key) : parent + "[" + index + "]";
    }
  }
}
