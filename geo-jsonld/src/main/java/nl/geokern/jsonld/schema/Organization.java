package nl.geokern.jsonld.schema;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A schema.org {@code Organization} or one of its types ({@code LocalBusiness},
 * {@code ProfessionalService}, …), such as a post's publisher or the business behind a site.
 *
 * @param id the node's {@code @id}, an absolute http(s) URL such as {@code https://example.nl/#organization},
 *     if it has one
 * @param type the schema.org type: {@code Organization} or a subtype
 * @param name the organization's name; not blank
 * @param url its home page, an absolute http(s) URL, if any
 * @param description a one-line description, if any
 * @param logo its logo, if any
 * @param image the absolute http(s) URL of an image of it (its office, its team), if any
 * @param telephone its phone number, if any
 * @param email its e-mail address, if any
 * @param address its postal address, if any
 * @param areaServed the places it serves
 * @param sameAs absolute http(s) URLs of its profiles elsewhere
 */
public record Organization(
    Optional<String> id,
    String type,
    String name,
    Optional<String> url,
    Optional<String> description,
    Optional<ImageObject> logo,
    Optional<String> image,
    Optional<String> telephone,
    Optional<String> email,
    Optional<PostalAddress> address,
    List<Place> areaServed,
    List<String> sameAs)
    implements SchemaNode {

  /** Checks every field and copies the lists. */
  public Organization {
    Checks.optional(id, "organization @id", Checks::httpUrl);
    Checks.typeName(type, "organization type");
    Checks.text(name, "organization name");
    Checks.optional(url, "organization url", Checks::httpUrl);
    Checks.optional(description, "organization description", Checks::text);
    Objects.requireNonNull(logo, "logo");
    Checks.optional(image, "organization image", Checks::httpUrl);
    Checks.optional(telephone, "organization telephone", Checks::text);
    Checks.optional(email, "organization email", Checks::text);
    Objects.requireNonNull(address, "address");
    areaServed = List.copyOf(Objects.requireNonNull(areaServed, "areaServed"));
    sameAs = Checks.each(sameAs, "organization sameAs", Checks::httpUrl);
  }

  /** Creates an organization known only by name. */
  public static Organization of(String name) {
    return builder(name).build();
  }

  /** Creates an organization with its home page. */
  public static Organization of(String name, String url) {
    return builder(name).url(url).build();
  }

  /** Creates an organization with its home page and the URL of its logo. */
  public static Organization of(String name, String url, String logo) {
    return builder(name).url(url).logo(ImageObject.of(logo)).build();
  }

  /** Starts building an organization of type {@code Organization}. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Returns the node on its own as plain JDK values: a new, modifiable map on each call. */
  public Map<String, Object> toJsonLd() {
    return toJsonLd(NodeForm.STANDALONE);
  }

  @Override
  public Map<String, Object> toJsonLd(NodeForm form) {
    return Members.of(form, id, type)
        .put("name", name)
        .put("url", url)
        .put("description", description)
        .put("logo", logo)
        .put("image", image)
        .put("telephone", telephone)
        .put("email", email)
        .put("address", address)
        .list("areaServed", areaServed)
        .list("sameAs", sameAs)
        .map();
  }

  /** Collects an organization's fields; each setter checks its value at once. */
  public static final class Builder {
    private Optional<String> id = Optional.empty();
    private String type = "Organization";
    private final String name;
    private Optional<String> url = Optional.empty();
    private Optional<String> description = Optional.empty();
    private Optional<ImageObject> logo = Optional.empty();
    private Optional<String> image = Optional.empty();
    private Optional<String> telephone = Optional.empty();
    private Optional<String> email = Optional.empty();
    private Optional<PostalAddress> address = Optional.empty();
    private List<Place> areaServed = List.of();
    private List<String> sameAs = List.of();

    private Builder(String name) {
      this.name = Checks.text(name, "organization name");
    }

    /** Sets the {@code @id}, an absolute http(s) URL. */
    public Builder id(String id) {
      this.id = Optional.of(Checks.httpUrl(id, "organization @id"));
      return this;
    }

    /** Sets the schema.org type, such as {@code LocalBusiness}; {@code Organization} by default. */
    public Builder type(String type) {
      this.type = Checks.typeName(type, "organization type");
      return this;
    }

    /** Sets the home page. */
    public Builder url(String url) {
      this.url = Optional.of(Checks.httpUrl(url, "organization url"));
      return this;
    }

    /** Sets the one-line description. */
    public Builder description(String description) {
      this.description = Optional.of(Checks.text(description, "organization description"));
      return this;
    }

    /** Sets the logo. */
    public Builder logo(ImageObject logo) {
      this.logo = Optional.of(Objects.requireNonNull(logo, "logo"));
      return this;
    }

    /** Sets the URL of an image of the organization. */
    public Builder image(String url) {
      this.image = Optional.of(Checks.httpUrl(url, "organization image"));
      return this;
    }

    /** Sets the phone number. */
    public Builder telephone(String telephone) {
      this.telephone = Optional.of(Checks.text(telephone, "organization telephone"));
      return this;
    }

    /** Sets the e-mail address. */
    public Builder email(String email) {
      this.email = Optional.of(Checks.text(email, "organization email"));
      return this;
    }

    /** Sets the postal address. */
    public Builder address(PostalAddress address) {
      this.address = Optional.of(Objects.requireNonNull(address, "address"));
      return this;
    }

    /** Replaces the places the organization serves. */
    public Builder areaServed(List<Place> places) {
      this.areaServed = List.copyOf(Objects.requireNonNull(places, "places"));
      return this;
    }

    /** Replaces the URLs of the organization's profiles elsewhere. */
    public Builder sameAs(List<String> urls) {
      this.sameAs = Checks.each(urls, "organization sameAs", Checks::httpUrl);
      return this;
    }

    /** Returns the organization. */
    public Organization build() {
      return new Organization(id, type, name, url, description, logo, image, telephone, email, address,
          areaServed, sameAs);
    }
  }
}
