package nl.geokern.core.rules;

import nl.geokern.core.rule.Rule;
import nl.geokern.core.rule.RuleContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.rules.internal.OptionsBinder;
import nl.geokern.core.rules.internal.PostChecks;

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
        String hint = nl.geokern.jsonld.suggest.Suggestions.closest(id, registry.rules().stream().map(Rule::id).toList())
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
    var f = new nl.geokern.core.rules.internal.Fingerprints().add("geo-rules/1");
    for (Rule<?> rule : registry.rules()) {
      RuleSettings settings = config.settings(rule.id());
      f.add(rule.id()).add(settings.enabled()).add(settings.severity().orElse(rule.defaultSeverity()).name())
          .add(options(rule));
    }
    return f.sha256();
  }

  /** Runs every enabled rule; returns the findings sorted by path, line, column and rule. */
  public List<Finding> run(RuleContext context) {
    List<BlogPost> posts = context.content().posts();
    Map<String, BlogPost> postsByPath = new HashMap<>();
    for (BlogPost p : posts) {
      postsByPath.put(p.path().toString(), p);
    }
    List<Rule<?>> rules = registry.rules();
    List<Integer> siteRules = new ArrayList<>();
    List<Integer> postRules = new ArrayList<>();
    Record[] options = new Record[rules.size()];
    RuleSettings[] settings = new RuleSettings[rules.size()];
    boolean[] perPost = new boolean[rules.size()];
    int[] slot = new int[rules.size()]; // in siteRules or postRules, as perPost says
    for (int i = 0; i < rules.size(); i++) {
      Rule<?> rule = rules.get(i);
      settings[i] = config.settings(rule.id());
      if (settings[i].enabled()) {
        options[i] = options(rule);
        perPost[i] = PostChecks.perPost(rule);
        List<Integer> kind = perPost[i] ? postRules : siteRules;
        slot[i] = kind.size();
        kind.add(i);
      }
    }
    // One parallel pass of tasks: each site-level rule is a task, and each post is a task that runs
    // every per-post rule on it, so the work spreads evenly and a post's shared measurements are made
    // once, by the thread that checks the post. Rules are pure and independent; the findings are
    // merged in registry order (a per-post rule's in post order, as its own check gives them), so the
    // result does not depend on scheduling.
    int tasks = siteRules.size() + (postRules.isEmpty() ? 0 : posts.size());
    List<List<List<Finding>>> results = IntStream.range(0, tasks).parallel().mapToObj(t -> {
      if (t < siteRules.size()) {
        int i = siteRules.get(t);
        return List.of(check(rules.get(i), options[i], context));
      }
      BlogPost post = posts.get(t - siteRules.size());
      List<List<Finding>> perRule = new ArrayList<>(postRules.size());
      for (int i : postRules) {
        List<Finding> out = new ArrayList<>();
        checkPost(rules.get(i), options[i], post, context, out);
        perRule.add(out);
      }
      return perRule;
    }).toList();
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      if (options[i] == null) {
        continue;
      }
      if (!perPost[i]) {
        keep(results.get(slot[i]).get(0), settings[i], postsByPath, out);
      } else {
        for (int p = 0; p < posts.size(); p++) {
          keep(results.get(siteRules.size() + p).get(slot[i]), settings[i], postsByPath, out);
        }
      }
    }
    out.sort(Finding.ORDER);
    return out;
  }

  /** Adds the findings a post does not suppress, with the configured severity. */
  private static void keep(List<Finding> findings, RuleSettings settings, Map<String, BlogPost> postsByPath,
      List<Finding> out) {
    for (Finding f : findings) {
      BlogPost post = postsByPath.get(f.span().path().toString());
      if (post != null && post.suppresses(f.ruleId())) {
        continue;
      }
      out.add(settings.severity().map(f::withSeverity).orElse(f));
    }
  }

  @SuppressWarnings("unchecked")
  private static <O extends Record> List<Finding> check(Rule<O> rule, Record options, RuleContext context) {
    return rule.check(context, (O) options);
  }

  @SuppressWarnings("unchecked")
  private static <O extends Record> void checkPost(Rule<O> rule, Record options, BlogPost post, RuleContext context,
      List<Finding> out) {
    PostChecks.check(rule, (O) options, post, context.content(), out);
  }

}
