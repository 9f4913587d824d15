package nl.geokern.core.rules.internal;

import java.util.List;
import nl.geokern.core.rules.Rule;

/** The editorial rules on posts and FAQ items, in report order. */
public final class EditorialRules {

  /** Every editorial rule. */
  public static final List<Rule<?>> ALL = List.of();

  private EditorialRules() {}
}
