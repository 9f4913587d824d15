package nl.geokern.core.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.load.internal.SourceText;
import nl.geokern.core.load.internal.YNode;
import nl.geokern.core.load.internal.YamlTree;
import nl.geokern.core.model.SourceSpan;
import nl.geokern.core.rules.OptionsBinder;
import nl.geokern.core.rules.Rule;
import nl.geokern.core.rules.RuleRegistry;
import nl.geokern.core.rules.RuleSettings;
import nl.geokern.core.rules.RulesConfig;
import nl.geokern.jsonld.suggest.Suggestions;

/**
 * Reads a project's rule configuration ({@code geo-rules.yaml}) into a {@link RulesConfig},
 * checking every rule id, key, option name, type and severity against the registry.
 *
 * <pre>
 * rules:
 *   post.length: {severity: warning, options: {min: 900}}
 *   post.title-length: {enabled: false}
 * </pre>
 *
 * <p>Problems in the file never throw: each becomes a finding at its line and column
 * ({@code config.unknown-rule}, {@code config.unknown-key}, {@code config.unknown-option},
 * {@code config.type}, {@code config.severity}, {@code config.value}; {@code load.yaml} and
 * {@code load.encoding} for unreadable files). Entries with a problem are left out of the
 * configuration; the rest is kept, so one run reports everything.
 */
public final class RulesConfigLoader {

  private static final List<String> SETTINGS_KEYS = List.of("enabled", "severity", "options");

  private RulesConfigLoader() {}

  /**
   * What reading a rule configuration gave.
   *
   * @param config the configuration of every entry without a problem
   * @param findings the problems, sorted by line and column
   */
  public record Result(RulesConfig config, List<Finding> findings) {
    /** Rejects nulls and sorts a copy of the findings. */
    public Result {
      Objects.requireNonNull(config, "config");
      findings = findings.stream().sorted().toList();
    }

    /** Whether any finding is an error. */
    public boolean hasErrors() {
      return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
  }

  /**
   * Reads {@code file}; a missing file is a {@code config.missing-file} finding.
   *
   * @param shownPath how findings name the file (e.g. relative to the project)
   * @throws UncheckedIOException when the file exists but cannot be read
   */
  public static Result load(Path file, Path shownPath, RuleRegistry registry) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return new Result(RulesConfig.DEFAULTS, List.of(Finding.error("config.missing-file", SourceSpan.of(shownPath),
          "the rule configuration does not exist: " + shownPath,
          "create it with a 'rules:' mapping, or leave the rule configuration unset to use the defaults")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the rule configuration " + file, e);
    }
    List<Finding> findings = new ArrayList<>();
    Optional<String> text = SourceText.decode(bytes, shownPath, findings);
    if (text.isEmpty()) {
      return new Result(RulesConfig.DEFAULTS, findings);
    }
    Result parsed = parse(text.get(), shownPath, registry);
    findings.addAll(parsed.findings());
    return new Result(parsed.config(), findings);
  }

  /** Reads {@code file}, naming it in findings as given. */
  public static Result load(Path file, RuleRegistry registry) {
    return load(file, file, registry);
  }

  /** Reads configuration text; {@code path} names it in findings. */
  public static Result parse(String yaml, Path path, RuleRegistry registry) {
    List<Finding> findings = new ArrayList<>();
    Optional<YNode> root = YamlTree.parse(yaml, path, 0, findings);
    if (root.isEmpty()) {
      return new Result(RulesConfig.DEFAULTS, findings);
    }
    if (!(root.get() instanceof YNode.YMap top)) {
      if (!isNull(root.get())) {
        findings.add(typeError(root.get(), "the rule configuration must be a mapping with a 'rules' key",
            "start the file with 'rules:' and one line per rule id below it"));
      }
      return new Result(RulesConfig.DEFAULTS, findings);
    }
    Map<String, RuleSettings> rules = new LinkedHashMap<>();
    for (YNode.Entry e : top.entries().values()) {
      if (!e.key().equals("rules")) {
        findings.add(unknownKey(e, "the rule configuration", List.of("rules")));
        continue;
      }
      if (isNull(e.value())) {
        continue;
      }
      if (!(e.value() instanceof YNode.YMap ruleMap)) {
        findings.add(typeError(e.value(), "'rules' must be a mapping of rule ids to settings",
            "write one rule per line, e.g. 'post.length: {severity: warning}'"));
        continue;
      }
      for (YNode.Entry ruleEntry : ruleMap.entries().values()) {
        rule(ruleEntry, registry, findings).ifPresent(s -> rules.put(ruleEntry.key(), s));
      }
    }
    return new Result(new RulesConfig(rules), findings);
  }

  private static Optional<RuleSettings> rule(YNode.Entry entry, RuleRegistry registry, List<Finding> findings) {
    String id = entry.key();
    Optional<Rule<?>> rule = registry.rule(id);
    if (rule.isEmpty()) {
      List<String> ids = registry.rules().stream().map(Rule::id).toList();
      findings.add(Finding.error("config.unknown-rule", entry.keySpan(), "unknown rule id '" + id + "'",
          Suggestions.closest(id, ids).map(s -> "did you mean '" + s + "'? ").orElse("")
              + "Known rules: " + String.join(", ", ids)));
      return Optional.empty();
    }
    if (isNull(entry.value())) {
      return Optional.of(RuleSettings.DEFAULT);
    }
    if (!(entry.value() instanceof YNode.YMap settings)) {
      findings.add(typeError(entry.value(), "the settings of rule " + id + " must be a mapping",
          "write e.g. '" + id + ": {severity: warning}' or '" + id + ": {enabled: false}'"));
      return Optional.empty();
    }
    int before = findings.size();
    boolean enabled = true;
    Optional<Severity> severity = Optional.empty();
    Map<String, Object> options = new LinkedHashMap<>();
    SourceSpan optionsSpan = settings.span();
    for (YNode.Entry e : settings.entries().values()) {
      switch (e.key()) {
        case "enabled" -> {
          if (e.value() instanceof YNode.YScalar s && s.type() == YNode.ScalarType.BOOLEAN) {
            enabled = Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT));
          } else {
            findings.add(typeError(e.value(), "'enabled' of rule " + id + " must be true or false",
                "write 'enabled: false' to turn the rule off"));
          }
        }
        case "severity" -> {
          Optional<Severity> parsed = e.value() instanceof YNode.YScalar s && s.type() == YNode.ScalarType.STRING
              ? Severity.parse(s.text()) : Optional.empty();
          if (parsed.isEmpty()) {
            String found = e.value() instanceof YNode.YScalar s ? "'" + s.text() + "'" : e.value().kindName();
            findings.add(Finding.error("config.severity", e.value().span(),
                "'severity' of rule " + id + " is " + found + "; expected error, warning or info",
                "write 'severity: warning' (or error, info)"));
          }
          severity = parsed;
        }
        case "options" -> {
          optionsSpan = e.value().span();
          options(id, rule.get().defaultOptions(), e.value(), options, findings);
        }
        default -> findings.add(unknownKey(e, "the settings of rule " + id, SETTINGS_KEYS));
      }
    }
    if (findings.size() > before) {
      return Optional.empty();
    }
    try {
      OptionsBinder.bind(rule.get().defaultOptions(), options, id);
    } catch (IllegalArgumentException ex) {
      findings.add(Finding.error("config.value", optionsSpan, "invalid options for rule " + id + ": " + rootMessage(ex),
          "change the option values so that they fit together"));
      return Optional.empty();
    }
    return Optional.of(new RuleSettings(enabled, severity, options));
  }

  private static void options(String id, Record defaults, YNode node, Map<String, Object> out, List<Finding> findings) {
    if (isNull(node)) {
      return;
    }
    RecordComponent[] components = defaults.getClass().getRecordComponents();
    List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
    if (!(node instanceof YNode.YMap map)) {
      findings.add(typeError(node, "'options' of rule " + id + " must be a mapping of option names to values",
          names.isEmpty() ? "remove 'options': the rule has none" : "write e.g. 'options: {" + names.get(0) + ": …}'"));
      return;
    }
    for (YNode.Entry e : map.entries().values()) {
      RecordComponent c = Arrays.stream(components).filter(x -> x.getName().equals(e.key())).findFirst().orElse(null);
      if (c == null) {
        findings.add(Finding.error("config.unknown-option", e.keySpan(),
            "rule " + id + " has no option '" + e.key() + "'",
            names.isEmpty() ? "remove it; the rule has no options"
                : suggest(e.key(), names).map(s -> "did you mean '" + s + "'? ").orElse("")
                    + "Its options: " + String.join(", ", names)));
        continue;
      }
      Optional<Object> value = value(e.value(), c.getType());
      if (value.isEmpty()) {
        String found = e.value() instanceof YNode.YScalar s && s.type() != YNode.ScalarType.NULL
            ? e.value().kindName() + " '" + s.text() + "'" : e.value().kindName();
        findings.add(Finding.error("config.type", e.value().span(),
            "option '" + e.key() + "' of rule " + id + " must be " + OptionsBinder.expected(c.getType()) + ", found " + found,
            "write e.g. '" + e.key() + ": " + example(c.getType()) + "'"));
        continue;
      }
      out.put(e.key(), value.get());
    }
  }

  /** The YAML value as the Java value the option type takes, or empty when it does not fit. */
  private static Optional<Object> value(YNode node, Class<?> type) {
    if (type == List.class) {
      if (!(node instanceof YNode.YList list)) {
        return Optional.empty();
      }
      List<String> items = new ArrayList<>();
      for (YNode item : list.items()) {
        if (!(item instanceof YNode.YScalar s) || s.type() == YNode.ScalarType.NULL) {
          return Optional.empty();
        }
        items.add(s.text());
      }
      return Optional.of(List.copyOf(items));
    }
    if (!(node instanceof YNode.YScalar s) || s.type() == YNode.ScalarType.NULL) {
      return Optional.empty();
    }
    try {
      if ((type == int.class || type == Integer.class) && s.type() == YNode.ScalarType.INTEGER) {
        return Optional.of(Integer.parseInt(s.text().replace("_", "")));
      }
      if ((type == double.class || type == Double.class)
          && (s.type() == YNode.ScalarType.INTEGER || s.type() == YNode.ScalarType.FLOAT)) {
        return Optional.of(Double.parseDouble(s.text().replace("_", "")));
      }
    } catch (NumberFormatException e) {
      // Too large for the option (e.g. an int beyond 2^31): reported as a type mismatch.
      return Optional.empty();
    }
    if ((type == boolean.class || type == Boolean.class) && s.type() == YNode.ScalarType.BOOLEAN) {
      return Optional.of(Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT)));
    }
    if (type == String.class) {
      return Optional.of(s.text());
    }
    return Optional.empty();
  }

  private static String example(Class<?> type) {
    if (type == int.class || type == Integer.class) {
      return "10";
    }
    if (type == double.class || type == Double.class) {
      return "2.5";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true";
    }
    if (type == List.class) {
      return "[first, second]";
    }
    return "some text";
  }

  /** A close misspelling, or else a known name that starts the wrong one or is started by it ("minimum" → "min"). */
  private static Optional<String> suggest(String wrong, List<String> names) {
    Optional<String> close = Suggestions.closest(wrong, names);
    if (close.isPresent()) {
      return close;
    }
    String w = wrong.toLowerCase(java.util.Locale.ROOT);
    return names.stream()
        .filter(n -> w.startsWith(n.toLowerCase(java.util.Locale.ROOT)) || n.toLowerCase(java.util.Locale.ROOT).startsWith(w))
        .findFirst();
  }

  private static boolean isNull(YNode node) {
    return node instanceof YNode.YScalar s && s.type() == YNode.ScalarType.NULL;
  }

  private static Finding typeError(YNode found, String message, String hint) {
    return Finding.error("config.type", found.span(), message + ", found " + found.kindName(), hint);
  }

  private static Finding unknownKey(YNode.Entry e, String where, List<String> known) {
    return Finding.error("config.unknown-key", e.keySpan(), "unknown key '" + e.key() + "' in " + where,
        Suggestions.closest(e.key(), known).map(s -> "did you mean '" + s + "'? ").orElse("")
            + "Known keys: " + String.join(", ", known));
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}
