package nl.geokern.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The FAQ page that shows all FAQ items.
 *
 * @param url the page's url, relative to the site url (e.g. {@code faq.html})
 * @param title the page title
 * @param description the meta description, if given
 */
public record FaqPageSettings(String url, String title, Optional<String> description) {

  /** The default: {@code faq.html} titled "Veelgestelde vragen". */
  public static final FaqPageSettings DEFAULT =
      new FaqPageSettings("faq.html", "Veelgestelde vragen", Optional.empty());

  /** Rejects nulls. */
  public FaqPageSettings {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
  }
}
