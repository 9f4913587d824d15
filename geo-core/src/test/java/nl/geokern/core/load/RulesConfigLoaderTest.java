package nl.geokern.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.rules.Rule;
import nl.geokern.core.rules.RuleEngine;
import nl.geokern.core.rules.RuleRegistry;
import nl.geokern.core.rules.RuleSettings;
import nl.geokern.core.rules.RulesConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of configuration error, each asserting the exact finding line. */
class RulesConfigLoaderTest {

  static final Path FILE = Path.of("geo-rules.yaml");
  static final RuleRegistry REGISTRY = RuleRegistry.defaults();

  static List<String> findings(String yaml) {
    return RulesConfigLoader.parse(yaml, FILE, REGISTRY).findings().stream().map(Finding::toConsoleLine).toList();
  }

  @Test
  void parse_validFile_settingsWithoutFindings() {
    RulesConfigLoader.Result r = RulesConfigLoader.parse("""
        rules:
          post.length: {severity: warning, options: {min: 900}}
          post.title-length: {enabled: false}
          post.internal-links:
            options:
              extraPages: [index.html, contact.html]
          post.keyword-stuffing: {options: {maxDensityPercent: 2}}
        """, FILE, REGISTRY);
    assertEquals(List.of(), r.findings());
    assertEquals(new RuleSettings(true, Optional.of(Severity.WARNING), Map.of("min", 900)), r.config().settings("post.length"));
    assertFalse(r.config().settings("post.title-length").enabled());
    assertEquals(Map.of("extraPages", List.of("index.html", "contact.html")),
        r.config().settings("post.internal-links").options());
    RuleEngine engine = RuleEngine.create(REGISTRY, r.config());
    assertEquals("Options[min=900, max=1800]", engine.options(REGISTRY.rule("post.length").orElseThrow()).toString());
  }

  @Test
  void parse_emptyFile_defaults() {
    RulesConfigLoader.Result r = RulesConfigLoader.parse("", FILE, REGISTRY);
    assertEquals(List.of(), r.findings());
    assertEquals(RulesConfig.DEFAULTS, r.config());
  }

  @Test
  void parse_unknownRule_findingWithSuggestion() {
    assertEquals(List.of("geo-rules.yaml:3:3: error [config.unknown-rule] unknown rule id 'post.lenght'. Fix: did you"
        + " mean 'post.length'? Known rules: " + String.join(", ", REGISTRY.rules().stream().map(Rule::id).toList())),
        findings("""
            rules:
              post.title-length: {enabled: false}
              post.lenght: {severity: warning}
            """));
  }

  @Test
  void parse_unknownOption_findingWithSuggestion() {
    assertEquals(List.of("geo-rules.yaml:4:7: error [config.unknown-option] rule post.length has no option 'minimum'."
        + " Fix: did you mean 'min'? Its options: min, max"),
        findings("""
            rules:
              post.length:
                options:
                  minimum: 900
            """));
  }

  @Test
  void parse_optionOfWrongType_typeFinding() {
    assertEquals(List.of("geo-rules.yaml:2:32: error [config.type] option 'min' of rule post.length must be a whole"
        + " number, found a text 'veel'. Fix: write e.g. 'min: 10'"),
        findings("""
            rules:
              post.length: {options: {min: veel}}
            """));
  }

  @Test
  void parse_listOptionGivenAsText_typeFinding() {
    assertEquals(List.of("geo-rules.yaml:2:47: error [config.type] option 'extraPages' of rule post.internal-links must"
        + " be a list of texts, found a text 'index.html'. Fix: write e.g. 'extraPages: [first, second]'"),
        findings("""
            rules:
              post.internal-links: {options: {extraPages: index.html}}
            """));
  }

  @Test
  void parse_enabledNotBoolean_typeFinding() {
    assertEquals(List.of("geo-rules.yaml:2:26: error [config.type] 'enabled' of rule post.length must be true or"
        + " false, found a text. Fix: write 'enabled: false' to turn the rule off"),
        findings("""
            rules:
              post.length: {enabled: nee}
            """));
  }

  @Test
  void parse_unknownSeverity_severityFinding() {
    assertEquals(List.of("geo-rules.yaml:3:15: error [config.severity] 'severity' of rule post.length is 'fatal';"
        + " expected error, warning or info. Fix: write 'severity: warning' (or error, info)"),
        findings("""
            rules:
              post.length:
                severity: fatal
            """));
  }

  @Test
  void parse_unknownSettingsKey_findingWithSuggestion() {
    assertEquals(List.of("geo-rules.yaml:2:17: error [config.unknown-key] unknown key 'severty' in the settings of rule"
        + " post.length. Fix: did you mean 'severity'? Known keys: enabled, severity, options"),
        findings("""
            rules:
              post.length: {severty: warning}
            """));
  }

  @Test
  void parse_optionsThatDoNotFitTogether_valueFinding() {
    assertEquals(List.of("geo-rules.yaml:3:14: error [config.value] invalid options for rule post.length: min must be 0"
        + " or more and max at least min, found min 2000, max 1800. Fix: change the option values so that they fit"
        + " together"),
        findings("""
            rules:
              post.length:
                options: {min: 2000}
            """));
  }

  @Test
  void parse_rulesNotAMapping_typeFinding() {
    assertEquals(List.of("geo-rules.yaml:2:3: error [config.type] 'rules' must be a mapping of rule ids to settings,"
        + " found a list. Fix: write one rule per line, e.g. 'post.length: {severity: warning}'"),
        findings("""
            rules:
              - post.length
            """));
  }

  @Test
  void parse_malformedYaml_loadYamlFinding() {
    List<String> f = findings("rules:\n  post.length: {severity: warning\n");
    assertEquals(1, f.size());
    // The parser notices the missing '}' at the end of line 2.
    assertTrue(f.get(0).startsWith("geo-rules.yaml:2:34: error [load.yaml] malformed YAML: while parsing a flow"
        + " mapping: expected ',' or '}'"), f.get(0));
  }

  @Test
  void parse_oneBadEntry_othersKept() {
    RulesConfigLoader.Result r = RulesConfigLoader.parse("""
        rules:
          post.length: {severity: fatal}
          post.title-length: {enabled: false}
        """, FILE, REGISTRY);
    assertTrue(r.hasErrors());
    assertFalse(r.config().settings("post.title-length").enabled());
    assertEquals(RuleSettings.DEFAULT, r.config().settings("post.length"));
  }

  @Test
  void load_missingFile_finding(@TempDir Path tmp) {
    RulesConfigLoader.Result r = RulesConfigLoader.load(tmp.resolve("geo-rules.yaml"), FILE, REGISTRY);
    assertEquals(List.of("geo-rules.yaml: error [config.missing-file] the rule configuration does not exist:"
        + " geo-rules.yaml. Fix: create it with a 'rules:' mapping, or leave the rule configuration unset to use the"
        + " defaults"), r.findings().stream().map(Finding::toConsoleLine).toList());
  }

  @Test
  void load_file_readsAsUtf8(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("geo-rules.yaml");
    Files.writeString(file, "rules:\n  post.local-place: {severity: info}\n", StandardCharsets.UTF_8);
    RulesConfigLoader.Result r = RulesConfigLoader.load(file, FILE, REGISTRY);
    assertEquals(List.of(), r.findings());
    assertEquals(Optional.of(Severity.INFO), r.config().settings("post.local-place").severity());
  }

  @Test
  void fingerprint_sameConfigWrittenDifferently_equal() {
    RulesConfig a = RulesConfigLoader.parse("""
        rules:
          post.length: {severity: warning, options: {min: 900, max: 2000}}
          post.title-length: {enabled: false}
        """, FILE, REGISTRY).config();
    RulesConfig b = RulesConfigLoader.parse("""
        rules:
          post.title-length:
            enabled: false
          post.length:
            options: {max: 2000, min: 900}
            severity: warning
        """, FILE, REGISTRY).config();
    assertEquals(a.fingerprint(), b.fingerprint());
    assertEquals(64, a.fingerprint().length());
    assertEquals(RuleEngine.create(REGISTRY, a).fingerprint(), RuleEngine.create(REGISTRY, b).fingerprint());
  }

  @Test
  void fingerprint_optionChanged_differs() {
    RulesConfig a = RulesConfigLoader.parse("rules:\n  post.length: {options: {min: 900}}\n", FILE, REGISTRY).config();
    RulesConfig b = RulesConfigLoader.parse("rules:\n  post.length: {options: {min: 901}}\n", FILE, REGISTRY).config();
    assertNotEquals(a.fingerprint(), b.fingerprint());
    assertNotEquals(RuleEngine.create(REGISTRY, a).fingerprint(), RuleEngine.create(REGISTRY, b).fingerprint());
    assertNotEquals(RulesConfig.DEFAULTS.fingerprint(), a.fingerprint());
  }

  @Test
  void fingerprint_defaultsMatchExplicitDefaultOptions_engineEqual() {
    RulesConfig explicit = RulesConfigLoader.parse("rules:\n  post.length: {options: {min: 1000, max: 1800}}\n", FILE,
        REGISTRY).config();
    assertEquals(RuleEngine.create(REGISTRY, RulesConfig.DEFAULTS).fingerprint(),
        RuleEngine.create(REGISTRY, explicit).fingerprint());
  }
}
