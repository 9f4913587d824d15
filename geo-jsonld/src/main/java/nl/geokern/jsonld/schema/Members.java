package nl.geokern.jsonld.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Collects one node's members in a {@link NodeForm}; absent and empty values are left out. */
final class Members {

  static final String CONTEXT = "https://schema.org";

  private final NodeForm form;
  private final Map<String, Object> map = new LinkedHashMap<>();

  private Members(NodeForm form) {
    this.form = form;
  }

  /** A node's members, opening with its {@code @id} (when it has one) and {@code @type}. */
  static Members of(NodeForm form, Optional<String> id, Object type) {
    Members m = new Members(form);
    id.ifPresent(i -> m.map.put("@id", i));
    m.map.put("@type", type instanceof List<?> list ? new ArrayList<Object>(list) : type);
    return m;
  }

  /** A standalone document: {@code @context} followed by the node's members. */
  static Map<String, Object> document(SchemaNode node) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("@context", CONTEXT);
    doc.putAll(node.toJsonLd(NodeForm.STANDALONE));
    return doc;
  }

  /** Sets a value: text, a number, a date or a node. */
  Members put(String key, Object value) {
    map.put(key, value(value));
    return this;
  }

  /** Sets a value if present. */
  Members put(String key, Optional<?> value) {
    value.ifPresent(v -> put(key, v));
    return this;
  }

  /** Sets a property that may repeat: an array, or in a graph its one value alone. */
  Members repeated(String key, List<?> values) {
    if (values.size() == 1 && form.compactsSingleValues()) {
      return put(key, values.get(0));
    }
    return list(key, values);
  }

  /** Sets a list by nature: always an array. */
  Members list(String key, List<?> values) {
    if (!values.isEmpty()) {
      List<Object> array = new ArrayList<>(values.size());
      values.forEach(v -> array.add(value(v)));
      map.put(key, array);
    }
    return this;
  }

  Map<String, Object> map() {
    return map;
  }

  private Object value(Object value) {
    if (value instanceof SchemaNode node) {
      return form.nested(node);
    }
    if (value instanceof SchemaDate date) {
      return date.toString();
    }
    return value;
  }
}
