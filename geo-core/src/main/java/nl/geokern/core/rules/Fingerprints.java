package nl.geokern.core.rules;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the canonical text of a rule configuration and its SHA-256, so that incremental runs can
 * tell whether the rules they ran with have changed. Every value is written with its length in
 * front, so no value can be mistaken for a separator.
 */
final class Fingerprints {

  private final StringBuilder text = new StringBuilder();

  /** An empty canonical text. */
  Fingerprints() {}

  /** Appends a value: text, number, boolean, list, map (by sorted key) or record (by component). */
  Fingerprints add(Object value) {
    if (value == null) {
      text.append("n;");
    } else if (value instanceof Map<?, ?> map) {
      Map<String, Object> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
      text.append("m").append(sorted.size()).append('{');
      sorted.forEach((k, v) -> add(k).add(v));
      text.append('}');
    } else if (value instanceof Collection<?> list) {
      text.append("l").append(list.size()).append('[');
      list.forEach(this::add);
      text.append(']');
    } else if (value instanceof Record r) {
      RecordComponent[] components = r.getClass().getRecordComponents();
      text.append("r").append(components.length).append('(');
      for (RecordComponent c : components) {
        try {
          add(c.getName()).add(c.getAccessor().invoke(r));
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getName(), e);
        }
      }
      text.append(')');
    } else {
      String s = String.valueOf(value);
      text.append(s.length()).append(':').append(s).append(';');
    }
    return this;
  }

  /** The SHA-256 of the canonical text, as 64 lower-case hex digits. */
  String sha256() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
