package nl.geokern.jsonld.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.geokern.jsonld.json.JsonValues;
import nl.geokern.jsonld.validate.JsonLdContext.Kind;
import nl.geokern.jsonld.validate.JsonLdContext.Term;

/**
 * The node objects of one JSON-LD document, each with its context and resolved terms, found by id
 * or by the map that holds it. Collecting them reports top-level nodes without {@code @context}.
 */
final class DocumentNodes {

  /** A node object of the document with its context and resolved terms. */
  static final class Node {
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

    /** The schema.org values of a property, without nulls and blank text. */
    List<Object> values(String prop) {
      List<Object> out = new ArrayList<>();
      for (Object v : schemaProps.getOrDefault(prop, List.of())) {
        if (v == JsonValues.NULL || (v instanceof String s && s.isBlank())) {
          continue;
        }
        out.add(v);
      }
      return out;
    }

    /** {@code " <id>"}, or nothing for a node without id. */
    String idSuffix() {
      return id == null ? "" : " <" + Phrases.truncate(id) + ">";
    }
  }

  private final List<JsonLdIssue> issues;
  private final List<Node> nodes = new ArrayList<>();
  private final Map<Map<?, ?>, Node> nodeOfMap = new IdentityHashMap<>();
  private final Map<String, Node> nodeOfId = new HashMap<>();
  private final Set<String> idBases = new HashSet<>();

  private DocumentNodes(List<JsonLdIssue> issues) {
    this.issues = issues;
  }

  /** Collects the nodes of a parsed document, adding a warning to {@code issues} per node without context. */
  static DocumentNodes collect(Object jsonLd, List<JsonLdIssue> issues) {
    DocumentNodes d = new DocumentNodes(issues);
    d.collect(jsonLd, JsonLdContext.NONE, "", true);
    return d;
  }

  /** Every node, in document order. */
  List<Node> all() {
    return nodes;
  }

  /** The node a map is, if it is one. */
  Node node(Map<?, ?> map) {
    return nodeOfMap.get(map);
  }

  /** The node with this {@code @id}, if the document defines one. */
  Node byId(String id) {
    return nodeOfId.get(id);
  }

  /** Whether a reference points into this document: {@code #x}, or an id with the base of a node's id. */
  boolean isSameDocument(String ref) {
    return ref.startsWith("#") || (ref.indexOf('#') > 0 && idBases.contains(base(ref)));
  }

  /** The node a value is or refers to, if any. */
  Node nodeOf(Object v) {
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
      issues.add(JsonLdIssue.warning(JsonLdValidator.MISSING_CONTEXT,
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

  static boolean isReference(Map<?, ?> map, JsonLdContext c) {
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

  private static String label(Node n) {
    String types = n.types.isEmpty() ? "untyped node"
        : n.types.stream().map(Term::name).collect(Collectors.joining("/"));
    if (n.id != null) {
      return types + " <" + Phrases.truncate(n.id) + ">";
    }
    return n.path.isEmpty() ? types : types + " at " + n.path;
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
  static List<Object> flatten(Object v) {
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
