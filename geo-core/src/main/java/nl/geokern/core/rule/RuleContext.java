package nl.geokern.core.rule;

import java.time.LocalDate;
import java.util.Objects;
import nl.geokern.core.model.ContentSet;

/**
 * What a rule checks: the loaded content and the date that counts as "today".
 *
 * @param content the content set
 * @param referenceDate the date against which future posts and missing weeks are judged
 */
public record RuleContext(ContentSet content, LocalDate referenceDate) {

  /** Rejects nulls. */
  public RuleContext {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(referenceDate, "referenceDate");
  }
}
