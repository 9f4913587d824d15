package nl.geokern.core.finding;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is; a build fails at or above a configured severity. */
public enum Severity {
  /** Worth knowing; never fails a build unless configured to. */
  INFO,
  /** Should be fixed; fails the build only when the threshold is {@code warning}. */
  WARNING,
  /** Must be fixed; fails the build at the default threshold. */
  ERROR;

  /** The lower-case name used in reports and configuration: {@code error}, {@code warning}, {@code info}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this severity is at least as serious as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return compareTo(threshold) >= 0;
  }

  /** Parses {@code error}, {@code warning} (or {@code warn}) and {@code info}, ignoring case. */
  public static Optional<Severity> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "error" -> Optional.of(ERROR);
      case "warning", "warn" -> Optional.of(WARNING);
      case "info" -> Optional.of(INFO);
      default -> Optional.empty();
    };
  }
}
