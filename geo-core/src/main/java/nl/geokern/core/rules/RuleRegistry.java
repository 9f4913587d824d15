package nl.geokern.core.rules;

import nl.geokern.core.rule.Rule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.geokern.core.rules.internal.EditorialRules;
import nl.geokern.core.rules.internal.PlanRules;

/**
 * The explicit list of rules geo knows: no classpath scanning, so the set of rules is visible in
 * one place and stable between runs.
 */
public final class RuleRegistry {

  private final Map<String, Rule<?>> rules;

  private RuleRegistry(List<Rule<?>> rules) {
    Map<String, Rule<?>> byId = new LinkedHashMap<>();
    for (Rule<?> r : rules) {
      if (byId.put(r.id(), r) != null) {
        throw new IllegalArgumentException("two rules share the id " + r.id());
      }
    }
    this.rules = java.util.Collections.unmodifiableMap(byId);
  }

  /** Every built-in rule: the editorial rules on posts and FAQ items, then the content-plan rules. */
  public static RuleRegistry defaults() {
    List<Rule<?>> all = new ArrayList<>();
    all.addAll(EditorialRules.ALL);
    all.addAll(PlanRules.ALL);
    return new RuleRegistry(all);
  }

  /** A registry of exactly these rules (for tests and custom rule sets). */
  public static RuleRegistry of(List<Rule<?>> rules) {
    return new RuleRegistry(rules);
  }

  /** The rules, in registry order. */
  public List<Rule<?>> rules() {
    return List.copyOf(rules.values());
  }

  /** The rule with this id. */
  public Optional<Rule<?>> rule(String id) {
    return Optional.ofNullable(rules.get(id));
  }
}
