package nl.geokern.jsonld.html;

import java.util.Objects;

/**
 * A page the site injector could not process.
 *
 * @param path the page, relative to the site root, with {@code /} separators
 * @param message what went wrong, including the cause's message
 * @param cause the exception
 */
public record PageFailure(String path, String message, Exception cause) {

  /** Rejects nulls. */
  public PageFailure {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(cause, "cause");
  }
}
