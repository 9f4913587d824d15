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
import java.util.OptionalInt;

/**
 * A schema.org {@code BlogPosting}: one blog post with the properties Google's article rich
 * results read.
 *
 * <p>With a URL the node gets {@code "@id": "{url}#article"}, the id geo's page graphs use for the
 * article. On its own, properties that may repeat ({@code author}, {@code keywords}, {@code image})
 * are always written as arrays, also with one value, so the output's shape does not depend on
 * counts; in a {@link JsonLdGraph} they follow {@link NodeForm}. Dates are written as described in
 * {@link SchemaDate}.
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
 * @param imageObjects images described as ImageObject nodes, written after {@code images}
 * @param about what the post is about, such as the places it names
 * @param mainEntityOfPage the page whose main subject the post is, if given
 * @param isPartOf the page (or site) the post is part of, if given
 * @param wordCount the number of words of the body, if known; not negative
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
    List<String> images,
    List<ImageObject> imageObjects,
    List<SchemaNode> about,
    Optional<WebPage> mainEntityOfPage,
    Optional<WebPage> isPartOf,
    OptionalInt wordCount)
    implements JsonLdDocument, SchemaNode {

  /** Checks every field and copies the lists. */
  public BlogPosting {
    Checks.optional(url, "BlogPosting url", Checks::pageUrl);
    Checks.text(headline, "BlogPosting headline");
    Checks.optional(description, "BlogPosting description", Checks::text);
    SchemaDate.checkOrder(datePublished, dateModified, "BlogPosting");
    authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
    Objects.requireNonNull(publisher, "publisher");
    Checks.optional(inLanguage, "BlogPosting inLanguage", Checks::languageTag);
    keywords = Checks.each(keywords, "BlogPosting keyword", Checks::text);
    images = Checks.each(images, "BlogPosting image", Checks::httpUrl);
    imageObjects = List.copyOf(Objects.requireNonNull(imageObjects, "imageObjects"));
    about = List.copyOf(Objects.requireNonNull(about, "about"));
    Objects.requireNonNull(mainEntityOfPage, "mainEntityOfPage");
    Objects.requireNonNull(isPartOf, "isPartOf");
    Objects.requireNonNull(wordCount, "wordCount");
    if (wordCount.isPresent() && wordCount.getAsInt() < 0) {
      throw new IllegalArgumentException("BlogPosting wordCount " + wordCount.getAsInt() + " is negative");
    }
  }

  /** Starts building a blog posting. */
  public static Builder builder() {
    return new Builder();
  }

  /** {@code {url}#article}, when the URL is known. */
  @Override
  public Optional<String> id() {
    return url.map(u -> u + "#article");
  }

  @Override
  public Map<String, Object> toJsonLd() {
    return Members.document(this);
  }

  @Override
  public Map<String, Object> toJsonLd(NodeForm form) {
    List<Object> allImages = new ArrayList<>(images);
    allImages.addAll(imageObjects);
    Members node = Members.of(form, id(), "BlogPosting")
        .put("url", url)
        .put("headline", headline)
        .put("description", description)
        .put("datePublished", datePublished)
        .put("dateModified", dateModified)
        .repeated("author", authors)
        .put("publisher", publisher)
        .put("inLanguage", inLanguage)
        .repeated("keywords", keywords)
        .repeated("image", allImages)
        .list("about", about)
        .put("mainEntityOfPage", mainEntityOfPage)
        .put("isPartOf", isPartOf);
    wordCount.ifPresent(n -> node.put("wordCount", (long) n)); // JSON integers are Longs, as JsonValues reads them
    return node.map();
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
    private final List<ImageObject> imageObjects = new ArrayList<>();
    private List<SchemaNode> about = List.of();
    private Optional<WebPage> mainEntityOfPage = Optional.empty();
    private Optional<WebPage> isPartOf = Optional.empty();
    private OptionalInt wordCount = OptionalInt.empty();

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

    /** Adds an image described as an ImageObject, written after the image URLs. */
    public Builder image(ImageObject image) {
      imageObjects.add(Objects.requireNonNull(image, "image"));
      return this;
    }

    /** Replaces what the post is about, such as the places it names. */
    public Builder about(List<? extends SchemaNode> subjects) {
      this.about = List.copyOf(Objects.requireNonNull(subjects, "subjects"));
      return this;
    }

    /** Sets the page whose main subject the post is. */
    public Builder mainEntityOfPage(WebPage page) {
      this.mainEntityOfPage = Optional.of(Objects.requireNonNull(page, "page"));
      return this;
    }

    /** Sets the page the post is part of. */
    public Builder isPartOf(WebPage page) {
      this.isPartOf = Optional.of(Objects.requireNonNull(page, "page"));
      return this;
    }

    /** Sets the number of words of the body. */
    public Builder wordCount(int words) {
      if (words < 0) {
        throw new IllegalArgumentException("BlogPosting wordCount " + words + " is negative");
      }
      this.wordCount = OptionalInt.of(words);
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
          publisher, inLanguage, keywords, images, imageObjects, about, mainEntityOfPage, isPartOf, wordCount);
    }
  }
}
