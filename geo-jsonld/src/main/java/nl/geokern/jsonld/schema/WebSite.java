package nl.geokern.jsonld.schema;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A schema.org {@code WebSite}: the site a page is part of. Its {@code @id} is
 * {@code {url}#website}.
 *
 * @param url the site's home page, an absolute http(s) URL without fragment
 * @param name the site's name; not blank
 * @param inLanguage the site's language as a BCP 47 tag such as {@code nl-NL}, if given
 * @param publisher the organization behind the site, if given
 */
public record WebSite(String url, String name, Optional<String> inLanguage, Optional<Organization> publisher)
    implements SchemaNode {

  /** Checks the URL, the name and the language. */
  public WebSite {
    Checks.pageUrl(url, "WebSite url");
    Checks.text(name, "WebSite name");
    Checks.optional(inLanguage, "WebSite inLanguage", Checks::languageTag);
    Objects.requireNonNull(publisher, "publisher");
  }

  /** Creates a site by its home page and name. */
  public static WebSite of(String url, String name) {
    return new WebSite(url, name, Optional.empty(), Optional.empty());
  }

  /** The same site in a language, given as a BCP 47 tag. */
  public WebSite withInLanguage(String languageTag) {
    return new WebSite(url, name, Optional.of(languageTag), publisher);
  }

  /** The same site published by {@code organization}. */
  public WebSite withPublisher(Organization organization) {
    return new WebSite(url, name, inLanguage, Optional.of(organization));
  }

  /** {@code {url}#website}. */
  @Override
  public Optional<String> id() {
    return Optional.of(url + "#website");
  }

  @Override
  public Map<String, Object> toJsonLd(NodeForm form) {
    return Members.of(form, id(), "WebSite")
        .put("url", url)
        .put("name", name)
        .put("inLanguage", inLanguage)
        .put("publisher", publisher)
        .map();
  }
}
