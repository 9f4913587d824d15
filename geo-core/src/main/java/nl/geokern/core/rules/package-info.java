/**
 * Editorial rules: the {@link nl.geokern.core.rules.Rule} interface and the
 * {@link nl.geokern.core.rules.RuleContext} a rule checks, the built-in rules (listed in
 * {@link nl.geokern.core.rules.RuleRegistry#defaults()}), the {@link nl.geokern.core.rules.RuleEngine}
 * that runs them with a project's {@link nl.geokern.core.rules.RulesConfig}.
 */
package nl.geokern.core.rules;
