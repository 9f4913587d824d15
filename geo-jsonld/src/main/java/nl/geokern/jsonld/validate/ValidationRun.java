package nl.geokern.jsonld.validate;

import static nl.geokern.jsonld.validate.JsonLdValidator.FAQPAGE_COUNT;
import static nl.geokern.jsonld.validate.JsonLdValidator.PENDING;
import static nl.geokern.jsonld.validate.JsonLdValidator.PROPERTY_NOT_ON_TYPE;
import static nl.geokern.jsonld.validate.JsonLdValidator.RETIRED;
import static nl.geokern.jsonld.validate.JsonLdValidator.SUPERSEDED;
import static nl.geokern.jsonld.validate.JsonLdValidator.UNKNOWN_PROPERTY;
import static nl.geokern.jsonld.validate.JsonLdValidator.UNKNOWN_TYPE;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.geokern.jsonld.suggest.Suggestions;
import nl.geokern.jsonld.validate.DocumentNodes.Node;
import nl.geokern.jsonld.validate.JsonLdContext.Kind;
import nl.geokern.jsonld.validate.JsonLdContext.Term;
import nl.geokern.jsonld.vocab.TermStatus;
import nl.geokern.jsonld.vocab.Vocabulary;

/**
 * One validation of one JSON-LD document: collects its nodes, checks each against the vocabulary
 * (types, properties, term status; values through {@link RangeChecks}) and Google's profiles
 * ({@link ProfileChecks}). Not thread-safe; create one per document.
 */
final class ValidationRun {

  private final Vocabulary vocab;
  private final GoogleProfiles profiles;
  private final List<JsonLdIssue> issues = new ArrayList<>();
  private DocumentNodes nodes;
  private RangeChecks ranges;

  /** Prepares a run with the vocabulary and the profiles. */
  ValidationRun(Vocabulary vocab, GoogleProfiles profiles) {
    this.vocab = vocab;
    this.profiles = profiles;
  }

  /** Validates a parsed JSON-LD document and returns the issues in document order. */
  List<JsonLdIssue> run(Object jsonLd) {
    nodes = DocumentNodes.collect(jsonLd, issues);
    ranges = new RangeChecks(vocab, nodes, issues);
    List<Node> faqPages = new ArrayList<>();
    for (Node n : nodes.all()) {
      checkNode(n);
      if (n.schemaTypes().contains("FAQPage")) {
        faqPages.add(n);
      }
    }
    ProfileChecks profileChecks = new ProfileChecks(profiles, nodes, issues);
    for (Node n : nodes.all()) {
      profileChecks.check(n);
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
      for (Object v : DocumentNodes.flatten(e.getValue())) {
        ranges.checkValue(n, prop, v);
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
}
