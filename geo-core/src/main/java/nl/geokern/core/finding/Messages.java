package nl.geokern.core.finding;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The texts of findings (messages and fix hints) in the site's language, read from a resource
 * bundle such as {@code nl/geokern/core/rules/messages_nl.properties}; a text without a translation
 * falls back to the bundle's base file, which is English.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}, …, replaced by the arguments' {@code toString()}.
 * There is no quoting syntax, so apostrophes ("macro's") are written as they are. The machine's
 * default locale is never consulted, so a build gives the same texts everywhere.
 */
public final class Messages {

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ResourceBundle bundle;
  private final Locale locale;

  private Messages(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  /**
   * The texts of a bundle for a language.
   *
   * @param baseName the bundle's base name, e.g. {@code nl.geokern.core.rules.messages}
   * @param languageTag a BCP 47 tag such as {@code nl-NL} or {@code en}; blank means English
   * @throws MissingResourceException when the bundle's base file does not exist
   */
  public static Messages of(String baseName, String languageTag) {
    Objects.requireNonNull(baseName, "baseName");
    Locale locale = locale(languageTag);
    ClassLoader loader = Messages.class.getClassLoader();
    return new Messages(ResourceBundle.getBundle(baseName, locale, loader, NO_FALLBACK), locale);
  }

  /** The locale of a BCP 47 tag, reduced to its language; English for a blank or unknown tag. */
  public static Locale locale(String languageTag) {
    String language = languageTag == null ? "" : Locale.forLanguageTag(languageTag.strip()).getLanguage();
    return language.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(language);
  }

  /** The language the texts are asked for (a text may still fall back to English). */
  public Locale locale() {
    return locale;
  }

  /**
   * The text of {@code key} with {@code {n}} replaced by the n-th argument.
   *
   * @throws MissingResourceException when no file of the bundle has the key
   */
  public String text(String key, Object... args) {
    String pattern = bundle.getString(key);
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
        int n = Integer.parseInt(pattern.substring(i + 1, close));
        out.append(n < args.length ? String.valueOf(args[n]) : pattern.substring(i, close + 1));
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Every key of the bundle (base file and translation together). */
  public Set<String> keys() {
    return bundle.keySet();
  }
}
