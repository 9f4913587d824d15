package nl.geokern.jsonld.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks whether a text parses as one of schema.org's data types (ISO 8601 dates, numbers, URLs). */
final class Literals {

  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Pattern TIME =
      Pattern.compile("(\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?");
  private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

  private Literals() {}

  /** An ISO 8601 calendar date, full ({@code 2026-03-19}) or reduced ({@code 2026-03}, {@code 2026}). */
  public static boolean isDate(String s) {
    Matcher m = DATE.matcher(s.trim());
    if (!m.matches()) {
      return false;
    }
    try {
      int year = Integer.parseInt(m.group(1));
      int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
      int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
      LocalDate.of(year, month, day);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** An ISO 8601 time of day with optional seconds and zone ({@code 09:30}, {@code 09:30:00+01:00}). */
  public static boolean isTime(String s) {
    Matcher m = TIME.matcher(s.trim());
    if (!m.matches()) {
      return false;
    }
    try {
      LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** An ISO 8601 date-time ({@code 2026-03-19T09:30:00+01:00}); a date alone is accepted too. */
  public static boolean isDateTime(String s) {
    String t = s.trim();
    int sep = t.indexOf('T');
    if (sep < 0) {
      sep = t.indexOf(' ');
    }
    if (sep < 0) {
      return isDate(t) && t.length() == 10;
    }
    return t.substring(0, sep).length() == 10 && isDate(t.substring(0, sep)) && isTime(t.substring(sep + 1));
  }

  /** A decimal number such as {@code 12}, {@code -3.5} or {@code 1e3}. */
  public static boolean isNumber(String s) {
    return NUMBER.matcher(s.trim()).matches();
  }

  /** A whole number such as {@code 12}. */
  public static boolean isInteger(String s) {
    return INTEGER.matcher(s.trim()).matches();
  }

  /** Whether a text looks like a link rather than a name: it has a scheme or a path or fragment shape. */
  public static boolean looksLikeLink(String s) {
    return isUrl(s) && (s.indexOf(':') > 0 || s.startsWith("/") || s.startsWith("#") || s.startsWith("./")
        || s.startsWith("../") || s.indexOf('/') > 0);
  }

  /**
   * Whether a text reads as a URL: no white space and a valid URI reference, absolute
   * ({@code https://example.nl/a}, {@code mailto:x@example.nl}) or relative ({@code /about},
   * {@code #faq}, {@code tracks/1}), since JSON-LD resolves relative references against the page.
   */
  public static boolean isUrl(String s) {
    if (s.isEmpty() || s.chars().anyMatch(Character::isWhitespace)) {
      return false;
    }
    try {
      // URL templates ({search_term_string} in an EntryPoint) are URLs once filled in.
      new URI(s.replaceAll("\\{[^{}]*\\}", "x"));
      return true;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
