package nl.geokern.core.load.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.model.ContentDate;
import nl.geokern.core.model.SourceSpan;
import nl.geokern.jsonld.suggest.Suggestions;

/**
 * Typed access to the keys of one YAML mapping, reporting every problem as a finding.
 *
 * <p>Each accessor declares its key as known; {@link #rejectUnknown()} then reports the rest. A
 * value of the wrong type is reported at the value and read as absent, so loading goes on and
 * every problem in a file is reported in one run.
 */
public final class Fields {

  private final YNode.YMap map;
  private final String what;
  private final List<Finding> findings;
  private final Set<String> known = new LinkedHashSet<>();

  private Fields(YNode.YMap map, String what, List<Finding> findings) {
    this.map = map;
    this.what = what;
    this.findings = findings;
  }

  /**
   * Fields of {@code node}, which must be a mapping; otherwise a {@code load.type} finding.
   *
   * @param what how messages name the mapping, e.g. "persona 'drukke-ondernemer'"
   */
  public static Optional<Fields> of(YNode node, String what, List<Finding> findings) {
    if (node instanceof YNode.YMap m) {
      return Optional.of(new Fields(m, what, findings));
    }
    findings.add(
        Finding.error(
            "load.type",
            node.span(),
            what + " must be a mapping of keys to values, found " + node.kindName(),
            "write it as 'key: value' lines"));
    return Optional.empty();
  }

  /** The mapping's span. */
  public SourceSpan span() {
    return map.span();
  }

  /** Where a key is written; the mapping's start when the key is absent. */
  public SourceSpan keySpan(String key) {
    YNode.Entry e = map.entries().get(key);
    return e == null ? map.span() : e.keySpan();
  }

  /** Where a key's value is; the mapping's start when the key is absent. */
  public SourceSpan valueSpan(String key) {
    YNode.Entry e = map.entries().get(key);
    return e == null ? map.span() : e.value().span();
  }

  /** Whether the key is present with a non-null value. */
  public boolean has(String key) {
    known.add(key);
    YNode.Entry e = map.entries().get(key);
    return e != null && !(e.value() instanceof YNode.YScalar s && s.type() == YNode.ScalarType.NULL);
  }

  /** The raw node of a key, if present and not null. */
  public Optional<YNode> node(String key) {
    known.add(key);
    YNode.Entry e = map.entries().get(key);
    if (e == null || e.value() instanceof YNode.YScalar s && s.type() == YNode.ScalarType.NULL) {
      return Optional.empty();
    }
    return Optional.of(e.value());
  }

  /** An optional text value; numbers and booleans are read as written. */
  public Optional<String> string(String key) {
    Optional<YNode> n = node(key);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    if (n.get() instanceof YNode.YScalar s) {
      return Optional.of(s.text());
    }
    typeError(key, n.get(), "a text", "write " + key + ": some text");
    return Optional.empty();
  }

  /** A required text value; a missing or empty one is a {@code load.required} finding. */
  public Optional<String> requiredString(String key) {
    if (!has(key)) {
      missing(key);
      return Optional.empty();
    }
    Optional<String> s = string(key);
    if (s.isPresent() && s.get().isBlank()) {
      findings.add(
          Finding.error(
              "load.required",
              valueSpan(key),
              "'" + key + "' of " + what + " is empty",
              "give '" + key + "' a value"));
      return Optional.empty();
    }
    return s;
  }

  /** An optional list of texts; absent means empty. */
  public List<String> stringList(String key) {
    Optional<YNode> n = node(key);
    if (n.isEmpty()) {
      return List.of();
    }
    if (!(n.get() instanceof YNode.YList list)) {
      typeError(key, n.get(), "a list of texts", "write " + key + ": [first, second]");
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (YNode item : list.items()) {
      if (item instanceof YNode.YScalar s && s.type() != YNode.ScalarType.NULL) {
        out.add(s.text());
      } else {
        findings.add(
            Finding.error(
                "load.type",
                item.span(),
                "each item of '" + key + "' of " + what + " must be a text, found " + item.kindName(),
                "write " + key + ": [first, second]"));
      }
    }
    return out;
  }

  /** An optional list of mappings (or other nodes); absent means empty. */
  public List<YNode> list(String key) {
    Optional<YNode> n = node(key);
    if (n.isEmpty()) {
      return List.of();
    }
    if (n.get() instanceof YNode.YList list) {
      return list.items();
    }
    typeError(key, n.get(), "a list", "start each item on its own line with '- '");
    return List.of();
  }

  /** An optional whole number. */
  public Optional<Integer> integer(String key) {
    Optional<YNode> n = node(key);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    if (n.get() instanceof YNode.YScalar s && s.type() == YNode.ScalarType.INTEGER) {
      try {
        return Optional.of(Integer.parseInt(s.text().replace("_", "")));
      } catch (NumberFormatException e) {
        // fall through to the type error: too large for a week number or similar
      }
    }
    typeError(key, n.get(), "a whole number", "write " + key + ": 1");
    return Optional.empty();
  }

  /** An optional true/false value; absent means {@code defaultValue}. */
  public boolean bool(String key, boolean defaultValue) {
    Optional<YNode> n = node(key);
    if (n.isEmpty()) {
      return defaultValue;
    }
    if (n.get() instanceof YNode.YScalar s && s.type() == YNode.ScalarType.BOOLEAN) {
      return Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT));
    }
    typeError(key, n.get(), "true or false", "write " + key + ": true");
    return defaultValue;
  }

  /** An optional ISO 8601 date, or date-time with an offset. */
  public Optional<ContentDate> date(String key) {
    Optional<String> text = string(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String t = text.get().strip();
    try {
      if (t.length() <= 10) {
        return Optional.of(ContentDate.of(plainDate(t).orElseGet(() -> LocalDate.parse(t))));
      }
      return Optional.of(ContentDate.of(OffsetDateTime.parse(t)));
    } catch (DateTimeParseException e) {
      String why = t.length() > 10 && t.indexOf('T') > 0 && !hasOffset(t)
          ? "a date-time needs a time zone offset"
          : "not an ISO 8601 date";
      findings.add(
          Finding.error(
              "load.date",
              valueSpan(key),
              "'" + key + "' of " + what + " is not a valid date: '" + t + "' (" + why + ")",
              "write a date such as 2026-01-05 or a date-time with offset such as 2026-01-05T09:00:00+01:00"));
      return Optional.empty();
    }
  }

  /**
   * {@code t} as a date when it is written {@code yyyy-mm-dd} in ASCII digits and is a real day:
   * what {@link LocalDate#parse} reads from such text, without its formatter. Anything else is empty
   * and left to {@code LocalDate.parse}, so that its answer and its error stay the ones reported.
   */
  static Optional<LocalDate> plainDate(String t) {
    if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
      return Optional.empty();
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 7);
    int day = digits(t, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1
        || day > java.time.Month.of(month).length(java.time.Year.isLeap(year))) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(year, month, day));
  }

  /** The number written in ASCII digits in {@code t[from, to)}; -1 when a char is not one. */
  private static int digits(String t, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private static boolean hasOffset(String t) {
    return t.endsWith("Z") || t.matches(".*[+-]\\d\\d:?\\d\\d$");
  }

  /** A required date; a missing one is a {@code load.required} finding. */
  public Optional<ContentDate> requiredDate(String key) {
    if (!has(key)) {
      missing(key);
      return Optional.empty();
    }
    return date(key);
  }

  /** Reports a value that is present but not one of the allowed ones. */
  public void invalidValue(String key, String value, String expected, String hint) {
    findings.add(
        Finding.error(
            "load.value",
            valueSpan(key),
            "'" + key + "' of " + what + " has an invalid value '" + value + "': expected " + expected,
            hint));
  }

  /** Marks keys as known without reading them. */
  public void allow(String... keys) {
    known.addAll(List.of(keys));
  }

  /** Reports every key that no accessor asked for, with the closest known key as a suggestion. */
  public void rejectUnknown() {
    for (YNode.Entry e : map.entries().values()) {
      if (!known.contains(e.key())) {
        String hint =
            Suggestions.closest(e.key(), known)
                .map(k -> "did you mean '" + k + "'? Known keys: " + String.join(", ", known))
                .orElse("remove it; known keys: " + String.join(", ", known));
        findings.add(
            Finding.error(
                "load.unknown-key", e.keySpan(), "unknown key '" + e.key() + "' in " + what, hint));
      }
    }
  }

  private void missing(String key) {
    findings.add(
        Finding.error(
            "load.required",
            map.span(),
            "missing required key '" + key + "' in " + what,
            "add '" + key + ": …'"));
  }

  private void typeError(String key, YNode found, String expected, String hint) {
    findings.add(
        Finding.error(
            "load.type",
            found.span(),
            "'" + key + "' of " + what + " must be " + expected + ", found " + found.kindName(),
            hint));
  }
}
