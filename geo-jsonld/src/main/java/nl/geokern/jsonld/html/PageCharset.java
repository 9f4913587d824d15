package nl.geokern.jsonld.html;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The character encoding of a page and how it was found, so that a caller knows whether the JSON-LD
 * it injects may contain non-ASCII characters.
 *
 * @param charset the encoding
 * @param source where it came from
 * @param bomLength length in bytes of the byte order mark at the start of the page (0 when none)
 */
public record PageCharset(Charset charset, Source source, int bomLength) {

  /** Where a page's encoding was found. */
  public enum Source {
    /** A byte order mark. */
    BOM,
    /** {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} in the first 1024 bytes. */
    META,
    /** Nothing declared: UTF-8 is assumed. */
    DEFAULT
  }

  /** Rejects nulls and a negative BOM length. */
  public PageCharset {
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(source, "source");
    if (bomLength < 0) {
      throw new IllegalArgumentException("bomLength must be >= 0: " + bomLength);
    }
  }

  /** Whether the page is UTF-8, so that the JSON text may hold any character unescaped. */
  public boolean isUtf8() {
    return charset.equals(StandardCharsets.UTF_8);
  }

  /**
   * Whether the JSON text must be pure ASCII (non-ASCII characters written as {@code \}{@code uXXXX}
   * escapes), which is the case for every page that is not UTF-8.
   */
  public boolean requiresAsciiJson() {
    return !isUtf8();
  }

  /**
   * Whether markup in this encoding is plain ASCII bytes, which the byte scanner needs: false for
   * UTF-16, UTF-32, UTF-7, the stateful ISO-2022 family and EBCDIC code pages.
   */
  public boolean isAsciiCompatible() {
    String name = charset.name().toUpperCase(java.util.Locale.ROOT);
    if (name.startsWith("UTF-16") || name.startsWith("UTF-32") || name.startsWith("X-UTF-32")
        || name.startsWith("UTF-7") || name.startsWith("ISO-2022") || name.contains("JIS_ENCODING")) {
      return false;
    }
    if (!charset.canEncode()) {
      return false;
    }
    String probe = "<script type=\"x\">{}</script>\r\n";
    return java.util.Arrays.equals(probe.getBytes(charset), probe.getBytes(StandardCharsets.US_ASCII));
  }
}
