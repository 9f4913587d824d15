package nl.geokern.jsonld.schema;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/** Argument checks shared by the schema types, with messages that name the field and the value. */
final class Checks {

  private static final Pattern LANGUAGE_TAG =
      Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
  private static final Pattern TYPE_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");
  private static final int QUOTE_LIMIT = 60;

  private Checks() {}

  /** Returns {@code value} if it has visible text; it is kept exactly as given, not trimmed. */
  static String text(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          field + " is blank (" + quote(value) + "); expected the text as readers see it");
    }
    return value;
  }

  /** Returns {@code value} if it is an absolute http or https URL with a host. */
  static String httpUrl(String value, String field) {
    Objects.requireNonNull(value, field);
    String expected = "; expected an absolute http(s) URL such as https://example.nl/blog/post.html";
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          field + " " + quote(value) + " is not a valid URL (" + e.getReason() + ")" + expected, e);
    }
    String scheme = uri.getScheme();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || uri.getHost() == null
        || uri.getHost().isEmpty()) {
      throw new IllegalArgumentException(field + " " + quote(value) + " is not absolute" + expected);
    }
    return value;
  }

  /** Returns {@code value} if it is an absolute http(s) URL without a {@code #fragment}. */
  static String pageUrl(String value, String field) {
    httpUrl(value, field);
    if (value.indexOf('#') >= 0) {
      throw new IllegalArgumentException(field + " " + quote(value)
          + " has a #fragment; expected the page's URL, from which geo derives the node ids"
          + " ({url}#webpage, {url}#article)");
    }
    return value;
  }

  /** Returns {@code value} if it looks like a BCP 47 language tag such as {@code nl-NL}. */
  static String languageTag(String value, String field) {
    Objects.requireNonNull(value, field);
    if (!LANGUAGE_TAG.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field + " " + quote(value) + " is not a BCP 47 language tag; expected e.g. nl-NL or en");
    }
    return value;
  }

  /** Returns {@code value} if it reads as a schema.org type name such as {@code LocalBusiness}. */
  static String typeName(String value, String field) {
    Objects.requireNonNull(value, field);
    if (!TYPE_NAME.matcher(value).matches()) {
      throw new IllegalArgumentException(field + " " + quote(value)
          + " is not a schema.org type name; expected one word in UpperCamelCase, such as LocalBusiness");
    }
    return value;
  }

  /** Checks an optional value's content if present. */
  static <T> Optional<T> optional(Optional<T> value, String field,
      BiFunction<T, String, T> check) {
    Objects.requireNonNull(value, field);
    value.ifPresent(v -> check.apply(v, field));
    return value;
  }

  /** Copies a list, checking each element and naming its 1-based position in messages. */
  static List<String> each(Collection<String> values, String field,
      BiFunction<String, String, String> check) {
    Objects.requireNonNull(values, field);
    List<String> copy = new ArrayList<>(values.size());
    int i = 1;
    for (String v : values) {
      copy.add(check.apply(v, field + " " + i++));
    }
    return List.copyOf(copy);
  }

  /** Quotes a user value for a message, shortened so a long answer does not flood the log. */
  static String quote(String value) {
    String shown = value.length() <= QUOTE_LIMIT ? value : value.substring(0, QUOTE_LIMIT) + "…";
    return "\"" + shown.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "\"";
  }
}
