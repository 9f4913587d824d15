package nl.geokern.core.rules;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Builds a rule's options record from its defaults and a map of overrides (from {@code geo-rules.yaml}
 * or plugin configuration), converting text and numbers to the component types.
 */
public final class OptionsBinder {

  private OptionsBinder() {}

  /**
   * The defaults with the overrides applied.
   *
   * @throws IllegalArgumentException naming the option and the expected type when an override does
   *     not fit, or naming the known options when an override is unknown
   */
  public static <O extends Record> O bind(O defaults, Map<String, Object> overrides, String ruleId) {
    if (overrides.isEmpty()) {
      return defaults;
    }
    RecordComponent[] components = defaults.getClass().getRecordComponents();
    List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
    for (String key : overrides.keySet()) {
      if (!names.contains(key)) {
        throw new IllegalArgumentException("rule " + ruleId + " has no option '" + key + "'; its options are: "
            + String.join(", ", names));
      }
    }
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      types[i] = c.getType();
      try {
        Object current = c.getAccessor().invoke(defaults);
        args[i] = overrides.containsKey(c.getName())
            ? convert(overrides.get(c.getName()), c.getType(), ruleId, c.getName())
            : current;
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read option " + c.getName() + " of " + ruleId, e);
      }
    }
    try {
      Constructor<?> ctor = defaults.getClass().getDeclaredConstructor(types);
      ctor.setAccessible(true);
      @SuppressWarnings("unchecked")
      O bound = (O) ctor.newInstance(args);
      return bound;
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException("invalid options for rule " + ruleId + ": " + e.getCause().getMessage(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build the options of " + ruleId, e);
    }
  }

  private static Object convert(Object value, Class<?> type, String ruleId, String name) {
    String text = String.valueOf(value).strip();
    try {
      if (type == int.class || type == Integer.class) {
        return Integer.parseInt(text);
      }
      if (type == double.class || type == Double.class) {
        return Double.parseDouble(text);
      }
      if (type == boolean.class || type == Boolean.class) {
        if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
          throw new NumberFormatException(text);
        }
        return Boolean.parseBoolean(text);
      }
      if (type == String.class) {
        return text;
      }
      if (type == List.class) {
        if (value instanceof List<?> list) {
          List<String> out = new ArrayList<>();
          list.forEach(o -> out.add(String.valueOf(o)));
          return List.copyOf(out);
        }
        List<String> out = new ArrayList<>();
        for (String part : text.split(",")) {
          if (!part.isBlank()) {
            out.add(part.strip());
          }
        }
        return List.copyOf(out);
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("option '" + name + "' of rule " + ruleId + " must be "
          + expected(type) + ", found '" + text + "'", e);
    }
    throw new IllegalStateException("unsupported option type " + type + " for " + ruleId + "." + name);
  }

  /**
   * What a value of an option type looks like, for messages: "a whole number", "a number", "true
   * or false", "a list of texts" or "a text".
   */
  public static String expected(Class<?> type) {
    if (type == int.class || type == Integer.class) {
      return "a whole number";
    }
    if (type == double.class || type == Double.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == List.class) {
      return "a list of texts";
    }
    return "a text";
  }
}
