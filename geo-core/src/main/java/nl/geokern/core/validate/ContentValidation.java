package nl.geokern.core.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.geokern.core.analysis.ContentAnalysis;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.load.ContentLoader;
import nl.geokern.core.load.LoadResult;
import nl.geokern.core.load.RulesConfigLoader;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.report.ValidationReport;
import nl.geokern.core.rules.Rule;
import nl.geokern.core.rules.RuleContext;
import nl.geokern.core.rules.RuleEngine;
import nl.geokern.core.rules.RuleRegistry;
import nl.geokern.core.rules.RulesConfig;

/**
 * Validates a content directory end to end: loads it, reads the rule configuration, runs the rules
 * and assembles the report data. This is what the Maven goal calls; any Java caller can call it too.
 */
public final class ContentValidation {

  private ContentValidation() {}

  /** Runs the validation the request describes. */
  public static ValidationOutcome run(ValidationRequest request) {
    RuleRegistry registry = RuleRegistry.defaults();
    List<Finding> findings = new ArrayList<>();
    RulesConfig config = RulesConfig.DEFAULTS;
    if (request.rulesFile().isPresent()) {
      RulesConfigLoader.Result loaded = RulesConfigLoader.load(request.rulesFile().get(),
          shown(request, request.rulesFile().get()), registry);
      findings.addAll(loaded.findings());
      config = loaded.config();
    }
    RuleEngine engine = RuleEngine.create(registry, config);
    LoadResult load = ContentLoader.load(request.load());
    findings.addAll(load.findings());
    Optional<ContentSet> content = load.content();
    // One analysis per post, made once: every rule and the report read it.
    Optional<ContentAnalysis> analysis = content.map(ContentAnalysis::of);
    if (content.isPresent()) {
      findings.addAll(engine.run(new RuleContext(content.get(), request.referenceDate(), analysis.get())));
    }
    findings.sort(Finding.ORDER);
    Map<String, String> descriptions = new LinkedHashMap<>();
    for (Rule<?> rule : registry.rules()) {
      descriptions.put(rule.id(), rule.description());
    }
    ValidationReport report = new ReportAssembler(request).report(content, analysis, findings, descriptions);
    return new ValidationOutcome(content, findings, report, engine.fingerprint());
  }

  private static java.nio.file.Path shown(ValidationRequest request, java.nio.file.Path file) {
    java.nio.file.Path abs = file.toAbsolutePath().normalize();
    java.nio.file.Path base = request.load().baseDirectory().toAbsolutePath().normalize();
    return abs.startsWith(base) ? base.relativize(abs) : abs;
  }
}
