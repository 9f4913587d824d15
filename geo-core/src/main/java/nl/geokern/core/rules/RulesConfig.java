package nl.geokern.core.rules;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A project's rule configuration: settings per rule id; rules not named run with their defaults.
 *
 * @param rules settings by rule id
 */
public record RulesConfig(Map<String, RuleSettings> rules) {

  /** Every rule at its defaults. */
  public static final RulesConfig DEFAULTS = new RulesConfig(Map.of());

  /** Copies the map, sorted by rule id so that equal configurations print and hash alike. */
  public RulesConfig {
    Objects.requireNonNull(rules, "rules");
    rules = java.util.Collections.unmodifiableMap(new TreeMap<>(rules));
  }

  /** The settings of one rule. */
  public RuleSettings settings(String ruleId) {
    return rules.getOrDefault(ruleId, RuleSettings.DEFAULT);
  }

  /**
   * A stable SHA-256 (64 hex digits) of this configuration: rule ids in order, each with its enabled
   * flag, severity override and options by name. Equal configurations have equal fingerprints; see
   * {@link RuleEngine#fingerprint()} for one that also covers the rules' defaults.
   */
  public String fingerprint() {
    var f = new Fingerprints().add("geo-rules-config/1");
    rules.forEach((id, s) -> f.add(id).add(s.enabled()).add(s.severity().map(Enum::name).orElse(null)).add(s.options()));
    return f.sha256();
  }

  /** This configuration with one rule's settings replaced (plugin configuration over the file). */
  public RulesConfig with(String ruleId, RuleSettings settings) {
    var copy = new TreeMap<>(rules);
    copy.put(ruleId, settings);
    return new RulesConfig(copy);
  }
}
