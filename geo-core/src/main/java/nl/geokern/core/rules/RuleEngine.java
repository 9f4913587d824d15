package nl.geokern.core.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.model.BlogPost;
import nl.geokern.jsonld.suggest.Suggestions;

/**
 * Runs the rules of a registry over a content set with a project's configuration: disabled rules
 * are skipped, severities overridden, options bound, and findings in a post that suppresses the
 * rule dropped.
 */
public final class RuleEngine {

  private final RuleRegistry registry;
  private final RulesConfig config;

  private RuleEngine(RuleRegistry registry, RulesConfig config) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * An engine for these rules and this configuration.
   *
   * @throws IllegalArgumentException when the configuration names an unknown rule or option, or an
   *     option value does not fit
   */
  public static RuleEngine create(RuleRegistry registry, RulesConfig config) {
    for (String id : config.rules().keySet()) {
      if (registry.rule(id).isEmpty()) {
        String hint = Suggestions.closest(id, registry.rules().stream().map(Rule::id).toList())
            .map(s -> "; did you mean " + s + "?").orElse("");
        throw new IllegalArgumentException("unknown rule id '" + id + "' in the rule configuration" + hint);
      }
    }
    RuleEngine engine = new RuleEngine(registry, config);
    for (Rule<?> rule : registry.rules()) {
      engine.options(rule);
    }
    return engine;
  }

  /** The options a rule runs with under this configuration. */
  public <O extends Record> O options(Rule<O> rule) {
    return OptionsBinder.bind(rule.defaultOptions(), config.settings(rule.id()).options(), rule.id());
  }

  /**
   * A stable SHA-256 (64 hex digits) of what this engine checks: every rule's id, whether it runs,
   * its effective severity and its effective options. It changes when the configuration or a rule's
   * defaults change, so an incremental run can tell when to start over.
   */
  public String fingerprint() {
    Fingerprints f = new Fingerprints().add("geo-rules/1");
    for (Rule<?> rule : registry.rules()) {
      RuleSettings settings = config.settings(rule.id());
      f.add(rule.id()).add(settings.enabled()).add(settings.severity().orElse(rule.defaultSeverity()).name())
          .add(options(rule));
    }
    return f.sha256();
  }

  /**
   * Runs every enabled rule, the rules in parallel (each is a pure function of the context); returns
   * the findings sorted by path, line, column and rule.
   */
  public List<Finding> run(RuleContext context) {
    Map<String, BlogPost> postsByPath = new HashMap<>();
    for (BlogPost p : context.content().posts()) {
      postsByPath.put(p.path().toString(), p);
    }
    List<Finding> out = new ArrayList<>(registry.rules().parallelStream()
        .filter(rule -> config.settings(rule.id()).enabled())
        .flatMap(rule -> check(rule, context).stream())
        .filter(f -> !suppressed(f, postsByPath))
        .toList());
    out.sort(Finding.ORDER);
    return out;
  }

  /** The rule's findings at the configured severity. */
  private <O extends Record> List<Finding> check(Rule<O> rule, RuleContext context) {
    Optional<Severity> severity = config.settings(rule.id()).severity();
    return rule.check(context, options(rule)).stream().map(f -> severity.map(f::withSeverity).orElse(f)).toList();
  }

  /** Whether the finding is in a post that suppresses its rule. */
  private static boolean suppressed(Finding f, Map<String, BlogPost> postsByPath) {
    BlogPost post = postsByPath.get(f.span().path().toString());
    return post != null && post.suppresses(f.ruleId());
  }
}
