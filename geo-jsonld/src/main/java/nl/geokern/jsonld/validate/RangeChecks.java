package nl.geokern.jsonld.validate;

import static nl.geokern.jsonld.validate.Phrases.article;
import static nl.geokern.jsonld.validate.Phrases.joinOr;
import static nl.geokern.jsonld.validate.Phrases.sorted;
import static nl.geokern.jsonld.validate.Phrases.truncate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.geokern.jsonld.json.JsonValues;
import nl.geokern.jsonld.validate.DocumentNodes.Node;
import nl.geokern.jsonld.vocab.Vocabulary;

/**
 * Checks that each property value fits the property's range: data types by their literal form,
 * nodes by their type, references by the node they name, enumeration members by membership.
 */
final class RangeChecks {

  private final Vocabulary vocab;
  private final DocumentNodes nodes;
  private final List<JsonLdIssue> issues;

  RangeChecks(Vocabulary vocab, DocumentNodes nodes, List<JsonLdIssue> issues) {
    this.vocab = vocab;
    this.nodes = nodes;
    this.issues = issues;
  }

  /** Checks one value of {@code prop} on node {@code n}. */
  void checkValue(Node n, String prop, Object value) {
    Set<String> ranges = vocab.ranges(prop);
    if (ranges.isEmpty() || value == JsonValues.NULL || value == null) {
      return;
    }
    if (value instanceof Map<?, ?> map) {
      if (map.containsKey("@value")) {
        checkValue(n, prop, map.get("@value"));
        return;
      }
      Node child = nodes.node(map);
      if (child != null) {
        checkNodeFits(n, prop, child, ranges);
        return;
      }
      if (DocumentNodes.isReference(map, n.ctx)) {
        Object id = map.values().stream().filter(v -> v instanceof String).findFirst().orElse(null);
        if (id instanceof String ref) {
          checkReference(n, prop, ref, ranges);
        }
      }
      return;
    }
    if (value instanceof String s) {
      checkText(n, prop, s, ranges);
    } else if (value instanceof Boolean b) {
      if (!fitsAny(ranges, "Boolean")) {
        rangeError(n, prop, b.toString(), ranges);
      }
    } else if (value instanceof Number num) {
      boolean integral = num instanceof Long || num instanceof BigInteger
          || (num instanceof BigDecimal bd && bd.stripTrailingZeros().scale() <= 0);
      boolean fits = fitsAny(ranges, "Number") && (integral || !onlyInteger(ranges))
          || fitsAny(ranges, "Text") && ranges.stream().anyMatch(r -> r.equals("Text"))
          || fitsAny(ranges, "Quantity");
      if (!fits) {
        rangeError(n, prop, num.toString(), ranges);
      }
    }
  }

  /** Whether a range type is {@code dataType} or a subtype of it. */
  private boolean fitsAny(Set<String> ranges, String dataType) {
    for (String r : ranges) {
      if (vocab.isSubtypeOf(r, dataType)) {
        return true;
      }
    }
    return false;
  }

  private boolean onlyInteger(Set<String> ranges) {
    return ranges.stream().filter(r -> vocab.isSubtypeOf(r, "Number")).allMatch(r -> vocab.isSubtypeOf(r, "Integer"));
  }

  private void checkNodeFits(Node n, String prop, Node child, Set<String> ranges) {
    List<String> childTypes = child.schemaTypes();
    if (childTypes.isEmpty() || childTypes.size() != child.types.size()) {
      return; // untyped, or typed with another vocabulary: nothing to compare
    }
    for (String t : childTypes) {
      if (!vocab.isType(t)) {
        return; // already reported as an unknown type
      }
      if (vocab.isSubtypeOf(t, "Role")) {
        return; // schema.org allows a Role between a property and its value
      }
      for (String r : ranges) {
        if (vocab.isSubtypeOf(t, r)) {
          return;
        }
      }
    }
    issues.add(JsonLdIssue.error(JsonLdValidator.RANGE,
        n.label + ": " + prop + " = " + article(childTypes.get(0)) + " " + String.join("/", childTypes) + " node" + child.idSuffix()
            + ", which is outside its range; expected " + expected(ranges),
        "Give the value a type " + prop + " accepts (" + String.join(", ", sorted(ranges))
            + " or a subtype), or use another property."));
  }

  private void checkReference(Node n, String prop, String ref, Set<String> ranges) {
    Optional<String> member = Vocabulary.localName(ref).filter(vocab::isEnumerationMember);
    if (member.isPresent() && ranges.stream().anyMatch(r -> vocab.isMemberOf(member.get(), r))) {
      return;
    }
    Node target = nodes.byId(ref);
    if (target != null) {
      if (!fitsAny(ranges, "URL")) {
        checkNodeFits(n, prop, target, ranges);
      }
      return;
    }
    if (nodes.isSameDocument(ref)) {
      issues.add(JsonLdIssue.warning(JsonLdValidator.UNRESOLVED_ID,
          n.label + ": " + prop + " refers to \"" + truncate(ref) + "\", which no node in this document defines",
          "Add a node with \"@id\": \"" + truncate(ref) + "\" to the graph, or correct the reference."));
    } else {
      issues.add(JsonLdIssue.info(JsonLdValidator.EXTERNAL_ID,
          n.label + ": " + prop + " refers to \"" + truncate(ref) + "\", which is not defined in this document",
          "Fine when another page or document defines that node; otherwise add it here."));
    }
  }

  private void checkText(Node n, String prop, String s, Set<String> ranges) {
    boolean hasThing = false;
    List<String> enumerations = new ArrayList<>();
    for (String r : ranges) {
      if (!vocab.isType(r)) {
        continue;
      }
      if (vocab.isDataType(r)) {
        if (textFits(s, r)) {
          return;
        }
      } else {
        hasThing = true;
        if (vocab.isEnumeration(r)) {
          enumerations.add(r);
          Optional<String> member = Vocabulary.localName(s);
          if (member.isPresent() && vocab.isMemberOf(member.get(), r)) {
            return;
          }
        }
      }
    }
    boolean schemaIri = s.startsWith("https://schema.org/") || s.startsWith("http://schema.org/")
        || s.startsWith("schema:");
    if (schemaIri) {
      // A class IRI as a value ("interactionType": "https://schema.org/LikeAction") names the type.
      Optional<String> named = Vocabulary.localName(s).filter(vocab::isType);
      if (named.isPresent() && ranges.stream().anyMatch(r -> vocab.isSubtypeOf(named.get(), r))) {
        return;
      }
    }
    if (!hasThing || (!enumerations.isEmpty() && schemaIri)) {
      rangeError(n, prop, "\"" + truncate(s) + "\"", ranges);
      return;
    }
    if (enumerations.isEmpty() && Literals.isUrl(s)) {
      // An absolute URL where a node is expected names that node: Google's own examples write
      // BreadcrumbList "item" and similar properties this way, and consumers resolve it as an IRI.
      return;
    }
    String hint;
    if (!enumerations.isEmpty()) {
      hint = "Use a member of " + String.join(" or ", enumerations) + " such as "
          + examples(enumerations) + ".";
    } else if (Literals.looksLikeLink(s)) {
      hint = "Write {\"@id\": \"" + truncate(s) + "\"} to refer to a node, or a node with \"@type\".";
    } else {
      String type = sorted(ranges).stream().filter(r -> !vocab.isDataType(r)).findFirst().orElse("Thing");
      hint = "Write a node, e.g. {\"@type\": \"" + type + "\", \"name\": \"" + truncate(s) + "\"}, "
          + "so that consumers know what the text names.";
    }
    issues.add(JsonLdIssue.warning(JsonLdValidator.RANGE_TEXT,
        n.label + ": " + prop + " = \"" + truncate(s) + "\" is plain text; expected " + expected(ranges), hint));
  }

  private boolean textFits(String s, String range) {
    if (vocab.isSubtypeOf(range, "URL")) {
      return Literals.isUrl(s);
    }
    if (vocab.isSubtypeOf(range, "Text")) {
      return true;
    }
    if (vocab.isSubtypeOf(range, "Integer")) {
      return Literals.isInteger(s);
    }
    if (vocab.isSubtypeOf(range, "Number")) {
      return Literals.isNumber(s);
    }
    if (range.equals("DateTime")) {
      return Literals.isDateTime(s);
    }
    if (range.equals("Date")) {
      return Literals.isDate(s);
    }
    if (range.equals("Time")) {
      return Literals.isTime(s);
    }
    if (range.equals("Boolean")) {
      String v = s.trim().toLowerCase(Locale.ROOT);
      return v.equals("true") || v.equals("false")
          || Vocabulary.localName(s).filter(m -> vocab.isMemberOf(m, "Boolean")).isPresent();
    }
    return true; // Quantity and its subtypes (Duration, Distance, Mass, Energy) are free text
  }

  private void rangeError(Node n, String prop, String valueText, Set<String> ranges) {
    issues.add(JsonLdIssue.error(JsonLdValidator.RANGE,
        n.label + ": " + prop + " = " + valueText + " is outside its range; expected " + expected(ranges),
        "Write " + prop + " as " + howTo(ranges) + "."));
  }

  private String expected(Set<String> ranges) {
    List<String> parts = new ArrayList<>();
    for (String r : sorted(ranges)) {
      if (vocab.isDataType(r)) {
        parts.add(r);
      } else if (vocab.isEnumeration(r)) {
        parts.add(article(r) + " " + r + " member");
      } else {
        parts.add(article(r) + " " + r + " node");
      }
    }
    return joinOr(parts);
  }

  private String howTo(Set<String> ranges) {
    List<String> parts = new ArrayList<>();
    for (String r : sorted(ranges)) {
      String p = switch (r) {
        case "Date" -> "an ISO 8601 date (2026-03-19)";
        case "DateTime" -> "an ISO 8601 date-time (2026-03-19T09:30:00+01:00)";
        case "Time" -> "a time (09:30:00)";
        case "Number", "Float" -> "a number (12.5)";
        case "Integer" -> "a whole number (12)";
        case "Boolean" -> "true or false";
        case "URL" -> "an absolute URL (https://example.nl/page)";
        case "Text" -> "text";
        default -> vocab.isEnumeration(r) ? article(r) + " " + r + " member such as " + examples(List.of(r))
            : article(r) + " " + r + " node";
      };
      if (!parts.contains(p)) {
        parts.add(p);
      }
    }
    return joinOr(parts);
  }

  private String examples(List<String> enumerations) {
    List<String> members = new ArrayList<>();
    for (String e : enumerations) {
      for (String m : vocab.enumerationMembers(e)) {
        if (members.size() < 3) {
          members.add("\"https://schema.org/" + m + "\"");
        }
      }
    }
    return members.isEmpty() ? "a schema.org IRI" : String.join(", ", members);
  }
}
