package nl.geokern.jsonld.schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A schema.org {@code BlogPosting}: one blog post with the properties Google's article rich
 * results read.
 *
 * <p>With a URL the node gets {@code "@id": "{url}#article"}, the id geo's page graphs use for the
 * article. Properties that may repeat ({@code author}, {@code keywords}, {@code image}) are always
 * written as arrays, also with one value, so the output's shape does not depend on counts. Dates are
 * written as described in {@link SchemaDate}.
 *
 * @param url the post's absolute http(s) URL without fragment, if known
 * @param headline the title; required, not blank
 * @param description a short summary, if any
 * @param datePublished when the post was first published, if known
 * @param dateModified when it last changed, if known; not before {@code datePublished}
 * @param authors the authors, in order
 * @param publisher the publishing organization, if any
 * @param inLanguage a BCP 47 language tag such as {@code nl-NL}, if any
 * @param keywords keywords, each not blank
 * @param images absolute http(s) image URLs
 */
public record BlogPosting(
    Optional<String> url,
    String headline,
    Optional<String> description,
    Optional<SchemaDate> datePublished,
    Optional<SchemaDate> dateModified,
    List<Person> authors,
    Optional<Organization> publisher,
    Optional<String> inLanguage,
    List<String> keywords,
    List<String> images)
    implements JsonLdDocument {

  /** Checks every field and copies the lists. */
  public BlogPosting {
    Checks.optional(url, "BlogPosting url", Checks::pageUrl);
    Checks.text(headline, "BlogPosting headline");
    Checks.optional(description, "BlogPosting description", Checks::text);
    Objects.requireNonNull(datePublished, "datePublished");
    Objects.requireNonNull(dateModified, "dateModified");
    if (datePublished.isPresent() && dateModified.isPresent()
        && dateModified.get().isBefore(datePublished.get())) {
      throw new IllegalArgumentException("BlogPosting dateModified " + dateModified.get()
          + " is before datePublished " + datePublished.get()
          + "; expected the last change on or after first publication");
    }
    authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
    Objects.requireNonNull(publisher, "publisher");
    Checks.optional(inLanguage, "BlogPosting inLanguage", Checks::languageTag);
    keywords = Checks.each(keywords, "BlogPosting keyword", Checks::text);
    images = Checks.each(images, "BlogPosting image", Checks::httpUrl);
  }

  /** Starts building a blog posting. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Map<String, Object> toJsonLd() {
    Map<String, Object> node = RootNode.of("BlogPosting", url, "#article");
    node.put("headline", headline);
    description.ifPresent(d -> node.put("description", d));
    datePublished.ifPresent(d -> node.put("datePublished", d.toString()));
    dateModified.ifPresent(d -> node.put("dateModified", d.toString()));
    if (!authors.isEmpty()) {
      List<Object> list = new ArrayList<>();
      authors.forEach(a -> list.add(a.toJsonLd()));
      node.put("author", list);
    }
    publisher.ifPresent(p -> node.put("publisher", p.toJsonLd()));
    inLanguage.ifPresent(l -> node.put("inLanguage", l));
    if (!keywords.isEmpty()) {
      node.put("keywords", new ArrayList<Object>(keywords));
    }
    if (!images.isEmpty()) {
      node.put("image", new ArrayList<Object>(images));
    }
    return node;
  }

  /**
   * Collects a blog posting's fields; each setter checks its value at once, and {@link #build()}
   * checks the whole (headline present, dates in order).
   */
  public static final class Builder {
    private Optional<String> url = Optional.empty();
    private String headline;
    private Optional<String> description = Optional.empty();
    private Optional<SchemaDate> datePublished = Optional.empty();
    private Optional<SchemaDate> dateModified = Optional.empty();
    private final List<Person> authors = new ArrayList<>();
    private Optional<Organization> publisher = Optional.empty();
    private Optional<String> inLanguage = Optional.empty();
    private List<String> keywords = List.of();
    private List<String> images = List.of();

    private Builder() {}

    /** Sets the post's absolute http(s) URL (without fragment). */
    public Builder url(String url) {
      this.url = Optional.of(Checks.pageUrl(url, "BlogPosting url"));
      return this;
    }

    /** Sets the title; required. */
    public Builder headline(String headline) {
      this.headline = Checks.text(headline, "BlogPosting headline");
      return this;
    }

    /** Sets the short summary. */
    public Builder description(String description) {
      this.description = Optional.of(Checks.text(description, "BlogPosting description"));
      return this;
    }

    /** Sets the first publication date (see {@link SchemaDate} for how each kind is written). */
    public Builder datePublished(SchemaDate date) {
      this.datePublished = Optional.of(Objects.requireNonNull(date, "datePublished"));
      return this;
    }

    /** Sets the first publication time with its offset: {@code 2026-01-05T09:30:00+01:00}. */
    public Builder datePublished(OffsetDateTime dateTime) {
      return datePublished(SchemaDate.of(dateTime));
    }

    /** Sets the first publication time in a zone, written with that instant's offset. */
    public Builder datePublished(ZonedDateTime dateTime) {
      return datePublished(SchemaDate.of(dateTime));
    }

    /** Sets the first publication date without a time: {@code 2026-01-05}. */
    public Builder datePublished(LocalDate date) {
      return datePublished(SchemaDate.of(date));
    }

    /** Sets the first publication as the start of that day in a zone: {@code 2026-01-05T00:00:00+01:00}. */
    public Builder datePublished(LocalDate date, ZoneId zone) {
      return datePublished(SchemaDate.startOfDay(date, zone));
    }

    /** Sets the last modification date (see {@link SchemaDate} for how each kind is written). */
    public Builder dateModified(SchemaDate date) {
      this.dateModified = Optional.of(Objects.requireNonNull(date, "dateModified"));
      return this;
    }

    /** Sets the last modification time with its offset. */
    public Builder dateModified(OffsetDateTime dateTime) {
      return dateModified(SchemaDate.of(dateTime));
    }

    /** Sets the last modification time in a zone, written with that instant's offset. */
    public Builder dateModified(ZonedDateTime dateTime) {
      return dateModified(SchemaDate.of(dateTime));
    }

    /** Sets the last modification date without a time. */
    public Builder dateModified(LocalDate date) {
      return dateModified(SchemaDate.of(date));
    }

    /** Sets the last modification as the start of that day in a zone. */
    public Builder dateModified(LocalDate date, ZoneId zone) {
      return dateModified(SchemaDate.startOfDay(date, zone));
    }

    /** Adds an author known by name. */
    public Builder author(String name) {
      return author(Person.of(name));
    }

    /** Adds an author with the URL of their author page. */
    public Builder author(String name, String url) {
      return author(Person.of(name, url));
    }

    /** Adds an author. */
    public Builder author(Person author) {
      authors.add(Objects.requireNonNull(author, "author"));
      return this;
    }

    /** Sets the publisher by name, home page and logo URL. */
    public Builder publisher(String name, String url, String logo) {
      return publisher(Organization.of(name, url, logo));
    }

    /** Sets the publisher. */
    public Builder publisher(Organization publisher) {
      this.publisher = Optional.of(Objects.requireNonNull(publisher, "publisher"));
      return this;
    }

    /** Sets the language as a BCP 47 tag, such as {@code nl-NL}. */
    public Builder inLanguage(String languageTag) {
      this.inLanguage = Optional.of(Checks.languageTag(languageTag, "BlogPosting inLanguage"));
      return this;
    }

    /** Replaces the keywords. */
    public Builder keywords(String... keywords) {
      return keywords(Arrays.asList(Objects.requireNonNull(keywords, "keywords")));
    }

    /** Replaces the keywords. */
    public Builder keywords(List<String> keywords) {
      this.keywords = Checks.each(keywords, "BlogPosting keyword", Checks::text);
      return this;
    }

    /** Replaces the images by their absolute http(s) URLs. */
    public Builder image(String... urls) {
      return images(Arrays.asList(Objects.requireNonNull(urls, "urls")));
    }

    /** Replaces the images by their absolute http(s) URLs. */
    public Builder images(List<String> urls) {
      this.images = Checks.each(urls, "BlogPosting image", Checks::httpUrl);
      return this;
    }

    /**
     * Returns the blog posting.
     *
     * @throws IllegalArgumentException if the headline is missing or dateModified is before
     *     datePublished
     */
    public BlogPosting build() {
      if (headline == null) {
        throw new IllegalArgumentException(
            "a BlogPosting needs a headline; set it with headline(\"…\")");
      }
      return new BlogPosting(url, headline, description, datePublished, dateModified, authors,
          publisher, inLanguage, keywords, images);
    }
  }
}
