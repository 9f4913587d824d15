package nl.geokern.core.load;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.model.ContentSet;

/**
 * What loading a content directory gave: the content, and every problem found in it.
 *
 * <p>The content is present only when no error was found: nothing is ever half-loaded silently.
 *
 * @param content the loaded content, when it has no errors
 * @param findings every problem, sorted by path, line, column and rule
 */
public record LoadResult(Optional<ContentSet> content, List<Finding> findings) {

  /** Rejects nulls and sorts a copy of the findings. */
  public LoadResult {
    Objects.requireNonNull(content, "content");
    findings = findings.stream().sorted().toList();
  }

  /** Whether any finding is an error. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }
}
