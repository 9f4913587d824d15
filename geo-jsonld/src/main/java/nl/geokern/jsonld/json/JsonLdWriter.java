package nl.geokern.jsonld.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
    new JsonOutput(out, options).value(value, JsonOutput.Location.ROOT, 0);
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
}
