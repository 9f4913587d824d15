package nl.geokern.core.rules;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.geokern.core.finding.Severity;

/**
 * A project's settings for one rule: on or off, a severity override, option overrides.
 *
 * @param enabled whether the rule runs
 * @param severity the severity to report at instead of the default, if set
 * @param options option values by option name (record component name), as text or numbers
 */
public record RuleSettings(boolean enabled, Optional<Severity> severity, Map<String, Object> options) {

  /** The settings of a rule the project does not configure. */
  public static final RuleSettings DEFAULT = new RuleSettings(true, Optional.empty(), Map.of());

  /** Rejects nulls and copies the options. */
  public RuleSettings {
    Objects.requireNonNull(severity, "severity");
    options = Map.copyOf(options);
  }
}
