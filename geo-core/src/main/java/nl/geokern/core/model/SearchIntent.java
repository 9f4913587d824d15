package nl.geokern.core.model;

import java.util.Locale;
import java.util.Optional;

/** What a searcher wants from a page; drives which editorial rules apply (e.g. local posts name a place). */
public enum SearchIntent {
  /** The reader wants to learn or understand. */
  INFORMATIONAL,
  /** The reader is close to buying or booking. */
  TRANSACTIONAL,
  /** The reader looks for something near them (a place name matters). */
  LOCAL;

  /** The lower-case name used in content files. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a lower-case label such as {@code informational}; empty for anything else. */
  public static Optional<SearchIntent> parse(String text) {
    for (SearchIntent intent : values()) {
      if (intent.label().equals(text)) {
        return Optional.of(intent);
      }
    }
    return Optional.empty();
  }
}
