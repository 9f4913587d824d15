package nl.geokern.jsonld.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.geokern.jsonld.validate.SchemaOrgExamples.Example;
import nl.geokern.jsonld.vocab.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * Breaks each schema.org example on purpose and counts how often the validator notices: (a) a
 * misspelled property, (b) a type renamed to one that does not exist, (c) a property moved onto a
 * type that does not allow it. A mutation is caught when the mutated example has more findings
 * of the expected rule than the original.
 */
class SchemaOrgExamplesMutationTest {

  private static final List<String> FOREIGN_PROPERTIES =
      List.of("acceptedAnswer", "recipeIngredient", "birthDate", "gtin13", "flightNumber", "numberOfRooms");

  private final Vocabulary vocab = Vocabulary.schemaOrg();
  private final JsonLdValidator validator = JsonLdValidator.create();

  @Test
  void validate_catchesMutatedExamples() {
    Path folder = SchemaOrgExamples.folderOrSkip();
    int parsed = 0;
    int applied = 0;
    int caught = 0;
    List<String> missed = new ArrayList<>();
    for (Example ex : SchemaOrgExamples.load(folder)) {
      if (ex.json() == null) {
        continue;
      }
      parsed++;
      List<JsonLdIssue> original = validator.validate(ex.json());
      Map<String, Object> mutations = new LinkedHashMap<>();
      misspellProperty(ex.json()).ifPresent(m -> mutations.put(JsonLdValidator.UNKNOWN_PROPERTY, m));
      renameType(ex.json()).ifPresent(m -> mutations.put(JsonLdValidator.UNKNOWN_TYPE, m));
      moveProperty(ex.json()).ifPresent(m -> mutations.put(JsonLdValidator.PROPERTY_NOT_ON_TYPE, m));
      for (var e : mutations.entrySet()) {
        applied++;
        long before = count(original, e.getKey());
        long after = count(validator.validate(e.getValue()), e.getKey());
        if (after > before) {
          caught++;
        } else {
          missed.add(ex.file() + " " + e.getKey());
        }
      }
    }
    double rate = applied == 0 ? 0 : 100.0 * caught / applied;
    System.out.printf("schema.org examples: %d parsed; mutations caught: %d/%d (%.1f%%)%n", parsed, caught, applied, rate);
    System.out.println("schema.org examples: missed mutations " + missed);
    assertTrue(rate >= 95.0, "caught " + caught + "/" + applied + "; missed " + missed);
    // The only misses are expected ones: these two examples add the W3C credentials context after
    // schema.org's, which defines terms of its own, so the validator rightly does not judge their
    // terms. Any other miss is a mutation the validator should have caught.
    assertEquals(List.of("eg-0485.jsonld jsonld.unknown-property", "eg-0485.jsonld jsonld.unknown-type",
        "eg-0488.jsonld jsonld.unknown-property", "eg-0488.jsonld jsonld.unknown-type"), missed);
  }

  private static long count(List<JsonLdIssue> findings, String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).count();
  }

  /** (a) The first typed node's first schema.org property key, misspelled. */
  private Optional<Object> misspellProperty(Object doc) {
    Object copy = deepCopy(doc);
    Map<String, Object> node = firstTypedNode(copy);
    if (node == null) {
      return Optional.empty();
    }
    for (String key : List.copyOf(node.keySet())) {
      if (!key.startsWith("@") && key.indexOf(':') < 0 && vocab.isProperty(key)) {
        String typo = typo(key, vocab::isProperty);
        renameKey(node, key, typo);
        return Optional.of(copy);
      }
    }
    return Optional.empty();
  }

  /** (b) The first typed node's type renamed to a misspelling that is no schema.org type. */
  private Optional<Object> renameType(Object doc) {
    Object copy = deepCopy(doc);
    Map<String, Object> node = firstTypedNode(copy);
    if (node == null) {
      return Optional.empty();
    }
    String type = (String) node.get("@type");
    node.put("@type", typo(type, vocab::isType));
    return Optional.of(copy);
  }

  /**
   * (c) A property moved onto the first typed node whose type does not allow it: one used on
   * another node of the same example when there is one, else one from a fixed list.
   */
  private Optional<Object> moveProperty(Object doc) {
    Object copy = deepCopy(doc);
    Map<String, Object> node = firstTypedNode(copy);
    if (node == null) {
      return Optional.empty();
    }
    String type = (String) node.get("@type");
    List<Map<String, Object>> others = new ArrayList<>();
    collectMaps(copy, others);
    for (Map<String, Object> other : others) {
      if (other == node) {
        continue;
      }
      for (var e : other.entrySet()) {
        String key = e.getKey();
        if (!key.startsWith("@") && key.indexOf(':') < 0 && vocab.isProperty(key)
            && !vocab.isAllowedOn(key, type) && !node.containsKey(key)) {
          node.put(key, deepCopy(e.getValue()));
          return Optional.of(copy);
        }
      }
    }
    for (String key : FOREIGN_PROPERTIES) {
      if (!vocab.isAllowedOn(key, type) && !node.containsKey(key)) {
        node.put(key, "x");
        return Optional.of(copy);
      }
    }
    return Optional.empty();
  }

  /** A typo that is not itself a known term: swap two middle letters, else drop one, else add one. */
  private static String typo(String word, java.util.function.Predicate<String> known) {
    List<String> tries = new ArrayList<>();
    int mid = word.length() / 2;
    if (word.length() >= 3) {
      tries.add(word.substring(0, mid - 1) + word.charAt(mid) + word.charAt(mid - 1) + word.substring(mid + 1));
      tries.add(word.substring(0, mid) + word.substring(mid + 1));
    }
    tries.add(word + "x");
    tries.add(word + "Qq");
    return tries.stream().filter(t -> !t.equals(word) && !known.test(t)).findFirst().orElseThrow();
  }

  /** The first object, depth first, whose @type is a single bare schema.org type. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> firstTypedNode(Object v) {
    if (v instanceof Map<?, ?> m) {
      Object t = m.get("@type");
      if (t instanceof String s && s.indexOf(':') < 0 && vocab.isType(s)
          && !vocab.isSubtypeOf(s, "Role")) {
        return (Map<String, Object>) m;
      }
      for (Object child : m.values()) {
        Map<String, Object> found = firstTypedNode(child);
        if (found != null) {
          return found;
        }
      }
    } else if (v instanceof List<?> l) {
      for (Object child : l) {
        Map<String, Object> found = firstTypedNode(child);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static void collectMaps(Object v, List<Map<String, Object>> out) {
    if (v instanceof Map<?, ?> m) {
      out.add((Map<String, Object>) m);
      m.values().forEach(child -> collectMaps(child, out));
    } else if (v instanceof List<?> l) {
      l.forEach(child -> collectMaps(child, out));
    }
  }

  private static void renameKey(Map<String, Object> node, String from, String to) {
    Map<String, Object> copy = new LinkedHashMap<>(node);
    node.clear();
    copy.forEach((k, v) -> node.put(k.equals(from) ? to : k, v));
  }

  private static Object deepCopy(Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, val) -> out.put((String) k, deepCopy(val)));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(deepCopy(x)));
      return out;
    }
    return v;
  }
}
