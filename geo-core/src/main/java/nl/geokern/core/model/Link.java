package nl.geokern.core.model;

import java.util.Objects;

/**
 * A link in a post's body.
 *
 * @param text the link text
 * @param destination the target as written (relative or absolute)
 * @param span where the link starts
 */
public record Link(String text, String destination, SourceSpan span) {

  /** Rejects nulls. */
  public Link {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(span, "span");
  }

  /** Whether the link leaves the site: an absolute http(s) url or protocol-relative url. */
  public boolean isExternal() {
    String d = destination.toLowerCase(java.util.Locale.ROOT);
    return d.startsWith("http://") || d.startsWith("https://") || d.startsWith("//");
  }

  /** Whether the link is a {@code mailto:}, {@code tel:} or other non-page scheme. */
  public boolean isNonPage() {
    String d = destination.toLowerCase(java.util.Locale.ROOT);
    return d.startsWith("mailto:") || d.startsWith("tel:") || d.startsWith("javascript:") || d.startsWith("data:");
  }
}
