package nl.geokern.core.text;

import java.util.regex.Pattern;

/**
 * Case as a regular expression with {@link Pattern#CASE_INSENSITIVE} and {@link Pattern#UNICODE_CASE}
 * compares it, for code that looks for a regex's possible match starts by hand before asking the
 * regex itself.
 */
public final class RegexCase {

  private RegexCase() {}

  /**
   * A character as such a regex compares it: lower case of upper case, so that {@code ſ} reads as
   * {@code s}. A surrogate stays itself and so never reads as an ASCII letter, as its whole code point
   * would not either.
   */
  public static int fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
    return Character.toLowerCase(Character.toUpperCase((int) c));
  }
}
