package nl.geokern.jsonld.validate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.geokern.jsonld.json.JsonValues;
import nl.geokern.jsonld.suggest.Suggestions;
import nl.geokern.jsonld.validate.JsonLdContext.Kind;
import nl.geokern.jsonld.validate.JsonLdContext.Term;
import nl.geokern.jsonld.vocab.TermStatus;
import nl.geokern.jsonld.vocab.Vocabulary;

/**
 * One validation of one JSON-LD document: collects its nodes, then checks each against the
 * vocabulary and Google's profiles. Not thread-safe; create one per document.
 */
final class ValidationRun {

  // Rule ids; JsonLdValidator re-exports them as its public constants.
  /** Unknown @type. */
  public static final String UNKNOWN_TYPE = "jsonld.unknown-type";
  /** Unknown property key. */
  public static final String UNKNOWN_PROPERTY = "jsonld.unknown-property";
  /** Property not allowed on the node's types. */
  public static final String PROPERTY_NOT_ON_TYPE = "jsonld.property-not-on-type";
  /** Value outside the range. */
  public static final String RANGE = "jsonld.range";
  /** Plain text where a node is expected. */
  public static final String RANGE_TEXT = "jsonld.range-text";
  /** Superseded term. */
  public static final String SUPERSEDED = "jsonld.superseded";
  /** Pending term. */
  public static final String PENDING = "jsonld.pending";
  /** Retired term. */
  public static final String RETIRED = "jsonld.retired";
  /** Same-page reference without a node. */
  public static final String UNRESOLVED_ID = "jsonld.unresolved-id";
  /** Reference to another document. */
  public static final String EXTERNAL_ID = "jsonld.external-id";
  /** More than one FAQPage on a page. */
  public static final String FAQPAGE_COUNT = "jsonld.faqpage-count";
  /** Top-level node without @context. */
  public static final String MISSING_CONTEXT = "jsonld.missing-context";

  private static final int MAX_VALUE_CHARS = 60;

  private final Vocabulary vocab;
  private final GoogleProfiles profiles;
  private final List<JsonLdIssue> issues = new ArrayList<>();
  private final List<Node> nodes = new ArrayList<>();
  private final Map<Map<?, ?>, Node> nodeOfMap = new IdentityHashMap<>();
  private final Map<String, Node> nodeOfId = new HashMap<>();
  private final Set<String> idBases = new HashSet<>();

  /** A node object of the document with its context and resolved terms. */
  private static final class Node {
    final Map<?, ?> map;
    final JsonLdContext ctx;
    final String path;
    final List<Term> types = new ArrayList<>();
    final Map<String, List<Object>> schemaProps = new LinkedHashMap<>();
    String id;
    String label;

    Node(Map<?, ?> map, JsonLdContext ctx, String path) {
      this.map = map;
      this.ctx = ctx;
      this.path = path;
    }

    List<String> schemaTypes() {
      List<String> out = new ArrayList<>();
      for (Term t : types) {
        if (t.kind() == Kind.SCHEMA) {
          out.add(t.name());
        }
      }
      return out;
    }
  }

  /** Prepares a run with the vocabulary and the profiles. */
  public ValidationRun(Vocabulary vocab, GoogleProfiles profiles) {
    this.vocab = vocab;
    this.profiles = profiles;
  }

  /** Validates a parsed JSON-LD document and returns the issues in document order. */
  public List<JsonLdIssue> run(Object jsonLd) {
    collect(jsonLd, JsonLdContext.NONE, "", true);
    List<Node> faqPages = new ArrayList<>();
    for (Node n : nodes) {
      checkNode(n);
      if (n.schemaTypes().contains("FAQPage")) {
        faqPages.add(n);
      }
    }
    for (Node n : nodes) {
      checkProfiles(n);
    }
    if (faqPages.size() > 1) {
      issues.add(JsonLdIssue.error(FAQPAGE_COUNT,
          faqPages.size() + " FAQPage nodes in one page ("
              + faqPages.stream().map(n -> n.label).collect(Collectors.joining("; "))
              + "); expected at most one FAQPage per page",
          "Merge the questions into one FAQPage node whose mainEntity lists every Question, "
              + "and mark up each question once site-wide."));
    }
    return List.copyOf(issues);
  }

  // ---------------------------------------------------------------- collecting nodes

  private void collect(Object value, JsonLdContext ctx, String path, boolean topLevel) {
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        collect(list.get(i), ctx, path + "[" + i + "]", topLevel);
      }
      return;
    }
    if (!(value instanceof Map<?, ?> map)) {
      return;
    }
    JsonLdContext c = map.containsKey("@context") ? ctx.with(map.get("@context")) : ctx;
    if (map.containsKey("@value")) {
      return;
    }
    for (String container : List.of("@list", "@set")) {
      if (map.containsKey(container)) {
        collect(map.get(container), c, path, false);
        return;
      }
    }
    if (map.containsKey("@graph")) {
      collect(map.get("@graph"), c, join(path, "@graph"), topLevel);
    }
    if (isReference(map, c) || !isNode(map, c)) {
      return;
    }
    Node n = new Node(map, c, path);
    for (var e : map.entrySet()) {
      String key = String.valueOf(e.getKey());
      String kw = c.keyword(key);
      if ("@type".equals(kw)) {
        for (Object t : asList(e.getValue())) {
          if (t instanceof String s) {
            n.types.add(c.resolve(s));
          }
        }
      } else if ("@id".equals(kw) && e.getValue() instanceof String id) {
        n.id = id;
      }
    }
    n.label = label(n);
    nodes.add(n);
    nodeOfMap.put(map, n);
    if (n.id != null) {
      nodeOfId.putIfAbsent(n.id, n);
      idBases.add(base(n.id));
    }
    if (topLevel && !c.declared()) {
      issues.add(JsonLdIssue.warning(MISSING_CONTEXT,
          n.label + ": no @context; read as https://schema.org",
          "Add \"@context\": \"https://schema.org\" to the top-level object."));
    }
    for (var e : map.entrySet()) {
      String key = String.valueOf(e.getKey());
      if (c.keyword(key) != null) {
        continue;
      }
      Term term = c.resolve(key);
      if (term.kind() == Kind.SCHEMA) {
        n.schemaProps.computeIfAbsent(term.name(), k -> new ArrayList<>()).addAll(flatten(e.getValue()));
      }
      collect(e.getValue(), c, join(path, key), false);
    }
  }

  private static boolean isReference(Map<?, ?> map, JsonLdContext c) {
    boolean hasId = false;
    for (Object k : map.keySet()) {
      String kw = c.keyword(String.valueOf(k));
      if ("@id".equals(kw)) {
        hasId = true;
      } else if (!"@context".equals(kw)) {
        return false;
      }
    }
    return hasId;
  }

  private static boolean isNode(Map<?, ?> map, JsonLdContext c) {
    for (Object k : map.keySet()) {
      String kw = c.keyword(String.valueOf(k));
      if (kw == null || kw.equals("@type") || kw.equals("@id")) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- vocabulary checks

  private void checkNode(Node n) {
    boolean typesChecked = !n.types.isEmpty();
    List<String> knownTypes = new ArrayList<>();
    for (Term t : n.types) {
      if (t.kind() != Kind.SCHEMA) {
        typesChecked = false;
        continue;
      }
      if (!vocab.isType(t.name())) {
        if (n.ctx.foreign()) {
          typesChecked = false;
          continue;
        }
        typesChecked = false;
        unknownType(n, t.name());
        continue;
      }
      knownTypes.add(t.name());
      statusChecks(n, "type", t.name());
    }
    for (var e : n.map.entrySet()) {
      String key = String.valueOf(e.getKey());
      if (n.ctx.keyword(key) != null) {
        continue;
      }
      Term term = n.ctx.resolve(key);
      if (term.kind() != Kind.SCHEMA) {
        continue;
      }
      String prop = term.name();
      if (!vocab.isProperty(prop)) {
        if (!n.ctx.foreign()) {
          unknownProperty(n, key, prop, knownTypes);
        }
        continue;
      }
      statusChecks(n, "property", prop);
      // A Role node stands between a property and its value and repeats that property
      // ({"member": {"@type": "OrganizationRole", "member": …}}), so its keys are not checked.
      boolean role = knownTypes.stream().anyMatch(t -> vocab.isSubtypeOf(t, "Role"));
      if (typesChecked && !role && knownTypes.stream().noneMatch(t -> vocab.isAllowedOn(prop, t))) {
        notOnType(n, prop, knownTypes);
      }
      for (Object v : flatten(e.getValue())) {
        checkValue(n, prop, v);
      }
    }
  }

  private void unknownType(Node n, String type) {
    String message = n.label + ": @type \"" + type + "\" is not a schema.org " + vocab.release() + " type";
    String hint;
    if (vocab.isEnumerationMember(type)) {
      message += " (it is an enumeration member, a value, not a type)";
      hint = "Use it as a property value, e.g. \"https://schema.org/" + type + "\", and pick a type for the node.";
    } else if (vocab.isProperty(type)) {
      message += " (it is a property)";
      hint = "Use a type here; \"" + type + "\" belongs as a key of the node.";
    } else {
      hint = Suggestions.closest(type, vocab.typeNames(), t -> true)
          .map(s -> "did you mean \"" + s + "\"?")
          .orElse("Use a type listed at https://schema.org/docs/full.html, or a prefixed term of another vocabulary.");
    }
    issues.add(JsonLdIssue.error(UNKNOWN_TYPE, message, hint));
  }

  private void unknownProperty(Node n, String key, String prop, List<String> knownTypes) {
    String message = n.label + ": property \"" + key + "\" is not a schema.org " + vocab.release() + " property";
    String hint;
    if (vocab.isType(prop)) {
      message += " (it is a type)";
      hint = "Use a property as the key and put {\"@type\": \"" + prop + "\"} in its value.";
    } else {
      hint = Suggestions.closest(prop, vocab.propertyNames(),
              p -> knownTypes.stream().anyMatch(t -> vocab.isAllowedOn(p, t)))
          .map(s -> "did you mean \"" + s + "\"?")
          .orElse("Use a property listed for the node's type at https://schema.org, or a prefixed term of another vocabulary.");
    }
    issues.add(JsonLdIssue.error(UNKNOWN_PROPERTY, message, hint));
  }

  private void notOnType(Node n, String prop, List<String> knownTypes) {
    List<String> domains = vocab.domains(prop).stream().sorted().toList();
    String domainText = domains.size() > 6
        ? String.join(", ", domains.subList(0, 6)) + " and " + (domains.size() - 6) + " more"
        : String.join(", ", domains);
    String typeText = String.join(" or ", knownTypes);
    issues.add(JsonLdIssue.error(PROPERTY_NOT_ON_TYPE,
        n.label + ": property \"" + prop + "\" is not allowed on " + typeText
            + " (nor on its supertypes); expected a node of type " + domainText,
        "Move \"" + prop + "\" to a node of a type it belongs to, or change the node's @type."));
  }

  private void statusChecks(Node n, String kind, String term) {
    List<String> by = vocab.supersededBy(term);
    if (!by.isEmpty()) {
      String replacement = by.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(" or "));
      issues.add(JsonLdIssue.warning(SUPERSEDED,
          n.label + ": " + kind + " \"" + term + "\" is superseded by " + replacement,
          "Use " + replacement + " instead."));
    }
    Optional<TermStatus> status = vocab.status(term);
    if (status.isPresent() && status.get() == TermStatus.PENDING) {
      issues.add(JsonLdIssue.warning(PENDING,
          n.label + ": " + kind + " \"" + term + "\" is pending on schema.org " + vocab.release()
              + " (proposed, not yet part of the core vocabulary)",
          "Pending terms may change or disappear; keep it only if consumers you target read it."));
    } else if (status.isPresent() && status.get() == TermStatus.RETIRED) {
      issues.add(JsonLdIssue.warning(RETIRED,
          n.label + ": " + kind + " \"" + term + "\" is retired to the schema.org attic",
          "Remove it or replace it with a current term."));
    }
  }

  // ---------------------------------------------------------------- ranges

  private void checkValue(Node n, String prop, Object value) {
    Set<String> ranges = vocab.ranges(prop);
    if (ranges.isEmpty() || value == JsonValues.NULL || value == null) {
      return;
    }
    if (value instanceof Map<?, ?> map) {
      if (map.containsKey("@value")) {
        checkValue(n, prop, map.get("@value"));
        return;
      }
      Node child = nodeOfMap.get(map);
      if (child != null) {
        checkNodeFits(n, prop, child, ranges);
        return;
      }
      if (isReference(map, n.ctx)) {
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
    issues.add(JsonLdIssue.error(RANGE,
        n.label + ": " + prop + " = " + article(childTypes.get(0)) + " " + String.join("/", childTypes) + " node" + idSuffix(child)
            + ", which is outside its range; expected " + expected(ranges),
        "Give the value a type " + prop + " accepts (" + String.join(", ", sorted(ranges))
            + " or a subtype), or use another property."));
  }

  private void checkReference(Node n, String prop, String ref, Set<String> ranges) {
    Optional<String> member = Vocabulary.localName(ref).filter(vocab::isEnumerationMember);
    if (member.isPresent() && ranges.stream().anyMatch(r -> vocab.isMemberOf(member.get(), r))) {
      return;
    }
    Node target = nodeOfId.get(ref);
    if (target != null) {
      if (!fitsAny(ranges, "URL")) {
        checkNodeFits(n, prop, target, ranges);
      }
      return;
    }
    if (ref.startsWith("#") || (ref.indexOf('#') > 0 && idBases.contains(base(ref)))) {
      issues.add(JsonLdIssue.warning(UNRESOLVED_ID,
          n.label + ": " + prop + " refers to \"" + truncate(ref) + "\", which no node in this document defines",
          "Add a node with \"@id\": \"" + truncate(ref) + "\" to the graph, or correct the reference."));
    } else {
      issues.add(JsonLdIssue.info(EXTERNAL_ID,
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
    issues.add(JsonLdIssue.warning(RANGE_TEXT,
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
    issues.add(JsonLdIssue.error(RANGE,
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

  // ---------------------------------------------------------------- Google profiles

  private void checkProfiles(Node n) {
    List<String> types = n.schemaTypes();
    for (GoogleProfiles.Profile p : profiles.profiles()) {
      if (types.stream().noneMatch(p.types()::contains)) {
        continue;
      }
      if (!p.statusNote().isEmpty()) {
        issues.add(JsonLdIssue.info("google." + p.id() + "." + p.status(),
            n.label + ": " + p.statusNote(),
            "Keep the markup for answer engines; do not expect a " + p.feature()
                + " rich result (profile checked " + p.checked() + ": " + p.source() + ")."));
      }
      checkShape(p, p.shape(), n, n.label);
    }
  }

  private void checkShape(GoogleProfiles.Profile p, GoogleProfiles.Shape shape, Node n, String label) {
    String doc = "Google " + p.feature() + " profile, checked " + p.checked();
    for (String r : shape.required()) {
      if (!present(n, r)) {
        issues.add(JsonLdIssue.error("google." + p.id() + ".missing-required",
            label + ": required property \"" + r + "\" is missing (" + doc + ")",
            "Add \"" + r + "\"; see " + p.source() + "."));
      }
    }
    for (String r : shape.recommended()) {
      if (!present(n, r)) {
        issues.add(JsonLdIssue.warning("google." + p.id() + ".missing-recommended",
            label + ": recommended property \"" + r + "\" is missing (" + doc + ")",
            "Add \"" + r + "\"; see " + p.source() + "."));
      }
    }
    for (String r : shape.exactlyOne()) {
      int count = values(n, r).size();
      if (count > 1) {
        issues.add(JsonLdIssue.error("google." + p.id() + ".count",
            label + ": \"" + r + "\" has " + count + " values; expected exactly one (" + doc + ")",
            "Keep one \"" + r + "\" and drop the others."));
      }
    }
    for (var e : shape.properties().entrySet()) {
      String prop = e.getKey();
      GoogleProfiles.Shape sub = e.getValue();
      for (Object v : values(n, prop)) {
        Node child = nodeOf(v);
        String childLabel = child == null ? null : child.label + " (" + prop + " of " + n.label + ")";
        if (!sub.types().isEmpty() && (child == null || child.schemaTypes().stream().noneMatch(sub.types()::contains))) {
          if (child == null && isUnresolvedReference(v)) {
            continue; // reported as an unresolved or external reference; its type is unknown
          }
          issues.add(JsonLdIssue.error("google." + p.id() + ".type",
              label + ": " + prop + " = " + describe(v) + "; expected " + article(sub.types().get(0)) + " "
                  + String.join(" or ", sub.types())
                  + " node (" + doc + ")",
              "Make each " + prop + " value a node with \"@type\": \"" + sub.types().get(0) + "\"."));
          continue;
        }
        if (child != null) {
          checkShape(p, sub, child, childLabel);
        }
      }
    }
  }

  private boolean isUnresolvedReference(Object v) {
    return v instanceof Map<?, ?> m && !m.containsKey("@value") && nodeOfMap.get(m) == null;
  }

  private Node nodeOf(Object v) {
    if (!(v instanceof Map<?, ?> m)) {
      return null;
    }
    Node direct = nodeOfMap.get(m);
    if (direct != null) {
      return direct;
    }
    Object id = m.get("@id");
    return id instanceof String s ? nodeOfId.get(s) : null;
  }

  private static boolean present(Node n, String prop) {
    return !values(n, prop).isEmpty();
  }

  private static List<Object> values(Node n, String prop) {
    List<Object> out = new ArrayList<>();
    for (Object v : n.schemaProps.getOrDefault(prop, List.of())) {
      if (v == JsonValues.NULL || (v instanceof String s && s.isBlank())) {
        continue;
      }
      out.add(v);
    }
    return out;
  }

  // ---------------------------------------------------------------- text helpers

  private String label(Node n) {
    String types = n.types.isEmpty() ? "untyped node"
        : n.types.stream().map(Term::name).collect(Collectors.joining("/"));
    if (n.id != null) {
      return types + " <" + truncate(n.id) + ">";
    }
    return n.path.isEmpty() ? types : types + " at " + n.path;
  }

  private static String idSuffix(Node n) {
    return n.id == null ? "" : " <" + truncate(n.id) + ">";
  }

  private String describe(Object v) {
    Node node = nodeOf(v);
    if (node != null) {
      String types = node.types.isEmpty() ? "untyped" : node.types.stream().map(Term::name)
          .collect(Collectors.joining("/"));
      return article(types) + " " + types + " node" + idSuffix(node);
    }
    if (v instanceof String s) {
      return "\"" + truncate(s) + "\"";
    }
    return truncate(String.valueOf(v));
  }

  private static String article(String word) {
    return !word.isEmpty() && "AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
  }

  private static String truncate(String s) {
    String oneLine = s.replaceAll("\\s+", " ");
    return oneLine.length() <= MAX_VALUE_CHARS ? oneLine : oneLine.substring(0, MAX_VALUE_CHARS - 1) + "…";
  }

  private static String joinOr(List<String> parts) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
  }

  private static List<String> sorted(Set<String> s) {
    return s.stream().sorted().toList();
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static String base(String id) {
    int hash = id.indexOf('#');
    return hash < 0 ? id : id.substring(0, hash);
  }

  private static List<?> asList(Object v) {
    return v instanceof List<?> l ? l : List.of(v);
  }

  /** The values of a property, with arrays and @list/@set containers flattened. */
  private static List<Object> flatten(Object v) {
    List<Object> out = new ArrayList<>();
    if (v instanceof List<?> l) {
      for (Object o : l) {
        out.addAll(flatten(o));
      }
    } else if (v instanceof Map<?, ?> m && (m.containsKey("@list") || m.containsKey("@set"))) {
      out.addAll(flatten(m.containsKey("@list") ? m.get("@list") : m.get("@set")));
    } else {
      out.add(v);
    }
    return out;
  }

}
