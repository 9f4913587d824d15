package nl.geokern.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The site and the organisation behind it: what {@code site.yaml} holds.
 *
 * @param name the organisation's name
 * @param url the site's absolute base url, ending with {@code /}
 * @param language the content language as a BCP 47 tag, e.g. {@code nl-NL}
 * @param description a one-line description of the organisation, if given
 * @param type the organisation's schema.org type (Organization, LocalBusiness, ProfessionalService, …)
 * @param logo the logo's absolute url, if given
 * @param image an image of the organisation, if given
 * @param telephone the phone number, if given
 * @param email the e-mail address, if given
 * @param address the postal address, if given
 * @param places every place the content may name
 * @param areaServed names of the places the organisation serves (each one of {@code places})
 * @param sameAs profile urls elsewhere
 * @param authors the authors of posts
 * @param defaultAuthor id of the author of posts that name none, if set
 * @param faqPage the FAQ page
 * @param blogPath where post pages live, relative to the site url (e.g. {@code blog/})
 * @param span where the site is defined
 */
public record Site(
    String name,
    String url,
    String language,
    Optional<String> description,
    String type,
    Optional<String> logo,
    Optional<String> image,
    Optional<String> telephone,
    Optional<String> email,
    Optional<PostalAddress> address,
    List<Place> places,
    List<String> areaServed,
    List<String> sameAs,
    List<Author> authors,
    Optional<String> defaultAuthor,
    FaqPageSettings faqPage,
    String blogPath,
    SourceSpan span) {

  /** Rejects nulls and copies the lists. */
  public Site {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(logo, "logo");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(telephone, "telephone");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(address, "address");
    places = List.copyOf(places);
    areaServed = List.copyOf(areaServed);
    sameAs = List.copyOf(sameAs);
    authors = List.copyOf(authors);
    Objects.requireNonNull(defaultAuthor, "defaultAuthor");
    Objects.requireNonNull(faqPage, "faqPage");
    Objects.requireNonNull(blogPath, "blogPath");
    Objects.requireNonNull(span, "span");
  }

  /** The absolute url of a page given relative to the site url. */
  public String absoluteUrl(String relative) {
    if (relative.startsWith("http://") || relative.startsWith("https://")) {
      return relative;
    }
    String base = url.endsWith("/") ? url : url + "/";
    return base + (relative.startsWith("/") ? relative.substring(1) : relative);
  }

  /** The place with this name or alias, ignoring case. */
  public Optional<Place> place(String nameOrAlias) {
    for (Place p : places) {
      for (String s : p.spellings()) {
        if (s.equalsIgnoreCase(nameOrAlias)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /** The author with this id. */
  public Optional<Author> author(String id) {
    return authors.stream().filter(a -> a.id().equals(id)).findFirst();
  }
}
