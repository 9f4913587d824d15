/**
 * What a rule is: the {@link nl.geokern.core.rule.Rule} interface every editorial rule implements and
 * the {@link nl.geokern.core.rule.RuleContext} it checks. The engine, registry and configuration live
 * in {@code nl.geokern.core.rules}.
 */
package nl.geokern.core.rule;
