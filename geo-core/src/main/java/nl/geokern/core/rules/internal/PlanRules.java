package nl.geokern.core.rules.internal;

import java.util.List;
import nl.geokern.core.rules.Rule;

/** The rules on the content plan as a whole: coverage, calendar, FAQ page, readability. */
public final class PlanRules {

  /** Every plan rule. */
  public static final List<Rule<?>> ALL = List.of();

  private PlanRules() {}
}
