package nl.geokern.core.rules;

import java.util.List;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;

/**
 * One editorial rule: a stable id, a default severity, a one-line description, options as a record,
 * and a pure check.
 *
 * <p>A rule reports findings at its default severity; the engine applies the project's configured
 * severity and the posts' suppressions. Implementations are stateless and thread-safe.
 *
 * @param <O> the rule's options, a record (so a configuration can be compared and fingerprinted)
 */
public interface Rule<O extends Record> {

  /** The stable id, such as {@code post.length}; used in configuration, suppression and reports. */
  String id();

  /** The severity used unless the project configures another. */
  Severity defaultSeverity();

  /** One line saying what the rule checks. */
  String description();

  /** The options used unless the project overrides them. */
  O defaultOptions();

  /** Checks the content and returns what is wrong, at the rule's default severity. */
  List<Finding> check(RuleContext context, O options);
}
