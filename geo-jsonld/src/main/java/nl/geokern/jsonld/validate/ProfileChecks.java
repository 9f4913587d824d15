package nl.geokern.jsonld.validate;

import static nl.geokern.jsonld.validate.Phrases.article;
import static nl.geokern.jsonld.validate.Phrases.truncate;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.geokern.jsonld.validate.DocumentNodes.Node;
import nl.geokern.jsonld.validate.JsonLdContext.Term;

/** Checks nodes against Google's rich-result profiles: required, recommended and single properties, nested types. */
final class ProfileChecks {

  private final GoogleProfiles profiles;
  private final DocumentNodes nodes;
  private final List<JsonLdIssue> issues;

  ProfileChecks(GoogleProfiles profiles, DocumentNodes nodes, List<JsonLdIssue> issues) {
    this.profiles = profiles;
    this.nodes = nodes;
    this.issues = issues;
  }

  /** Checks a node against every profile of its types. */
  void check(Node n) {
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
      if (n.values(r).isEmpty()) {
        issues.add(JsonLdIssue.error("google." + p.id() + ".missing-required",
            label + ": required property \"" + r + "\" is missing (" + doc + ")",
            "Add \"" + r + "\"; see " + p.source() + "."));
      }
    }
    for (String r : shape.recommended()) {
      if (n.values(r).isEmpty()) {
        issues.add(JsonLdIssue.warning("google." + p.id() + ".missing-recommended",
            label + ": recommended property \"" + r + "\" is missing (" + doc + ")",
            "Add \"" + r + "\"; see " + p.source() + "."));
      }
    }
    for (String r : shape.exactlyOne()) {
      int count = n.values(r).size();
      if (count > 1) {
        issues.add(JsonLdIssue.error("google." + p.id() + ".count",
            label + ": \"" + r + "\" has " + count + " values; expected exactly one (" + doc + ")",
            "Keep one \"" + r + "\" and drop the others."));
      }
    }
    for (var e : shape.properties().entrySet()) {
      String prop = e.getKey();
      GoogleProfiles.Shape sub = e.getValue();
      for (Object v : n.values(prop)) {
        Node child = nodes.nodeOf(v);
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
    return v instanceof Map<?, ?> m && !m.containsKey("@value") && nodes.node(m) == null;
  }

  private String describe(Object v) {
    Node node = nodes.nodeOf(v);
    if (node != null) {
      String types = node.types.isEmpty() ? "untyped" : node.types.stream().map(Term::name)
          .collect(Collectors.joining("/"));
      return article(types) + " " + types + " node" + node.idSuffix();
    }
    if (v instanceof String s) {
      return "\"" + truncate(s) + "\"";
    }
    return truncate(String.valueOf(v));
  }
}
