package nl.geokern.jsonld.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.geokern.jsonld.json.JsonValues;

/**
 * Google's rich-result requirements for the types geo emits, as versioned and dated data read
 * from {@code google-profiles.json} next to the vocabulary index.
 *
 * @param profiles one profile per rich-result feature
 */
record GoogleProfiles(List<Profile> profiles) {

  /** Classpath location of the bundled profiles. */
  public static final String RESOURCE = "/nl/geokern/jsonld/vocab/google-profiles.json";

  /** Copies the list. */
  public GoogleProfiles {
    profiles = List.copyOf(profiles);
  }

  /**
   * One rich-result feature.
   *
   * @param id short id used in rule ids ({@code google.<id>.missing-required})
   * @param feature Google's name for the feature
   * @param types schema.org types the profile applies to (exact types, as Google lists them)
   * @param source the documentation page the profile was taken from
   * @param checked when the profile was last compared with that page (ISO date)
   * @param status {@code active}, {@code limited} or {@code retired}
   * @param statusNote what a writer should know about the status; empty when active
   * @param history dated status changes, oldest first
   * @param shape the required and recommended properties
   */
  public record Profile(String id, String feature, List<String> types, String source, String checked,
      String status, String statusNote, List<StatusChange> history, Shape shape) {
    /** Copies the lists. */
    public Profile {
      types = List.copyOf(types);
      history = List.copyOf(history);
    }
  }

  /**
   * A dated change of a feature's status.
   *
   * @param date ISO date
   * @param status the status from that date
   * @param note what changed
   * @param source where Google announced it
   */
  public record StatusChange(String date, String status, String note, String source) {}

  /**
   * What a node must or should have.
   *
   * @param types the types a nested node must have (any of them); empty for no constraint
   * @param required properties that must be present
   * @param recommended properties that should be present
   * @param exactlyOne properties that, when present, must have exactly one value
   * @param properties shapes for the nodes that are values of a property
   */
  public record Shape(List<String> types, List<String> required, List<String> recommended,
      List<String> exactlyOne, Map<String, Shape> properties) {
    /** Copies the collections. */
    public Shape {
      types = List.copyOf(types);
      required = List.copyOf(required);
      recommended = List.copyOf(recommended);
      exactlyOne = List.copyOf(exactlyOne);
      properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }
  }

  /** The profiles bundled with geo. */
  public static GoogleProfiles bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final GoogleProfiles INSTANCE = load();

    private static GoogleProfiles load() {
      try (InputStream in = GoogleProfiles.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        }
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("reading " + RESOURCE + " failed", e);
      }
    }
  }

  /** Reads profiles from JSON text in the bundled format. */
  public static GoogleProfiles parse(String json) {
    Map<String, Object> root = map(JsonValues.parse(json), "profiles file");
    if (!"geo-google-profiles 1".equals(root.get("format"))) {
      throw new IllegalArgumentException("not a geo-google-profiles 1 file: format is " + root.get("format"));
    }
    List<Profile> out = new ArrayList<>();
    for (Object p : list(root.get("profiles"))) {
      Map<String, Object> m = map(p, "profile");
      List<StatusChange> history = new ArrayList<>();
      for (Object h : list(m.get("statusHistory"))) {
        Map<String, Object> hm = map(h, "statusHistory entry");
        history.add(new StatusChange(text(hm, "date"), text(hm, "status"), text(hm, "note"), text(hm, "source")));
      }
      out.add(new Profile(text(m, "id"), text(m, "feature"), strings(m.get("types")), text(m, "source"),
          text(m, "checked"), text(m, "status"), text(m, "statusNote"), history, shape(m.get("shape"))));
    }
    return new GoogleProfiles(out);
  }

  private static Shape shape(Object value) {
    Map<String, Object> m = map(value, "shape");
    Map<String, Shape> props = new LinkedHashMap<>();
    if (m.get("properties") != null) {
      map(m.get("properties"), "properties").forEach((k, v) -> props.put(k, shape(v)));
    }
    return new Shape(strings(m.get("types")), strings(m.get("required")), strings(m.get("recommended")),
        strings(m.get("exactlyOne")), props);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value, String what) {
    if (value instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw new IllegalArgumentException(what + " must be a JSON object, found " + value);
  }

  private static List<?> list(Object value) {
    return value == null ? List.of() : (List<?>) value;
  }

  private static List<String> strings(Object value) {
    List<String> out = new ArrayList<>();
    for (Object o : list(value)) {
      out.add((String) o);
    }
    return out;
  }

  private static String text(Map<String, Object> m, String key) {
    return Objects.requireNonNull((String) m.get(key), "missing " + key);
  }
}
