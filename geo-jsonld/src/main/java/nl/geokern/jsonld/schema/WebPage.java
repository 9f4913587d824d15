package nl.geokern.jsonld.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A schema.org {@code WebPage}, typed {@code ["WebPage", "FAQPage"]} when it marks up questions.
 * Its {@code @id} is {@code {url}#webpage}, the same as a {@link FaqPage}'s, so the two describe one
 * page.
 *
 * @param url the page's absolute http(s) URL without fragment
 * @param name the page's title, if given
 * @param description a short summary, if given
 * @param inLanguage the page's language as a BCP 47 tag such as {@code nl-NL}, if given
 * @param isPartOf the site the page belongs to, if given
 * @param about what the page is about (such as the organization), if given
 * @param breadcrumb the trail to the page, if given
 * @param datePublished when the page was first published, if known
 * @param dateModified when it last changed, if known; not before {@code datePublished}
 * @param questions the questions the page shows, each with its answer, in page order
 * @param primaryImageOfPage the page's main image, if any
 */
public record WebPage(
    String url,
    Optional<String> name,
    Optional<String> description,
    Optional<String> inLanguage,
    Optional<WebSite> isPartOf,
    Optional<SchemaNode> about,
    Optional<BreadcrumbList> breadcrumb,
    Optional<SchemaDate> datePublished,
    Optional<SchemaDate> dateModified,
    List<FaqPage.Question> questions,
    Optional<ImageObject> primaryImageOfPage)
    implements SchemaNode {

  /** Checks every field and copies the questions. */
  public WebPage {
    Checks.pageUrl(url, "WebPage url");
    Checks.optional(name, "WebPage name", Checks::text);
    Checks.optional(description, "WebPage description", Checks::text);
    Checks.optional(inLanguage, "WebPage inLanguage", Checks::languageTag);
    Objects.requireNonNull(isPartOf, "isPartOf");
    Objects.requireNonNull(about, "about");
    Objects.requireNonNull(breadcrumb, "breadcrumb");
    SchemaDate.checkOrder(datePublished, dateModified, "WebPage");
    questions = List.copyOf(Objects.requireNonNull(questions, "questions"));
    Objects.requireNonNull(primaryImageOfPage, "primaryImageOfPage");
  }

  /** Starts building the page at {@code url}. */
  public static Builder builder(String url) {
    return new Builder(url);
  }

  /** {@code {url}#webpage}. */
  @Override
  public Optional<String> id() {
    return Optional.of(url + "#webpage");
  }

  @Override
  public Map<String, Object> toJsonLd(NodeForm form) {
    Object type = questions.isEmpty() ? "WebPage" : List.of("WebPage", "FAQPage");
    return Members.of(form, id(), type)
        .put("url", url)
        .put("name", name)
        .put("description", description)
        .put("inLanguage", inLanguage)
        .put("isPartOf", isPartOf)
        .put("about", about)
        .put("breadcrumb", breadcrumb)
        .put("datePublished", datePublished)
        .put("dateModified", dateModified)
        .list("mainEntity", questions)
        .put("primaryImageOfPage", primaryImageOfPage)
        .map();
  }

  /** Collects a page's fields; each setter checks its value at once, {@link #build()} the dates' order. */
  public static final class Builder {
    private final String url;
    private Optional<String> name = Optional.empty();
    private Optional<String> description = Optional.empty();
    private Optional<String> inLanguage = Optional.empty();
    private Optional<WebSite> isPartOf = Optional.empty();
    private Optional<SchemaNode> about = Optional.empty();
    private Optional<BreadcrumbList> breadcrumb = Optional.empty();
    private Optional<SchemaDate> datePublished = Optional.empty();
    private Optional<SchemaDate> dateModified = Optional.empty();
    private final List<FaqPage.Question> questions = new ArrayList<>();
    private Optional<ImageObject> primaryImageOfPage = Optional.empty();

    private Builder(String url) {
      this.url = Checks.pageUrl(url, "WebPage url");
    }

    /** Sets the title. */
    public Builder name(String name) {
      this.name = Optional.of(Checks.text(name, "WebPage name"));
      return this;
    }

    /** Sets the short summary. */
    public Builder description(String description) {
      this.description = Optional.of(Checks.text(description, "WebPage description"));
      return this;
    }

    /** Sets the language as a BCP 47 tag, such as {@code nl-NL}. */
    public Builder inLanguage(String languageTag) {
      this.inLanguage = Optional.of(Checks.languageTag(languageTag, "WebPage inLanguage"));
      return this;
    }

    /** Sets the site the page belongs to. */
    public Builder isPartOf(WebSite site) {
      this.isPartOf = Optional.of(Objects.requireNonNull(site, "site"));
      return this;
    }

    /** Sets what the page is about. */
    public Builder about(SchemaNode subject) {
      this.about = Optional.of(Objects.requireNonNull(subject, "subject"));
      return this;
    }

    /** Sets the trail to the page. */
    public Builder breadcrumb(BreadcrumbList trail) {
      this.breadcrumb = Optional.of(Objects.requireNonNull(trail, "trail"));
      return this;
    }

    /** Sets the first publication date. */
    public Builder datePublished(SchemaDate date) {
      this.datePublished = Optional.of(Objects.requireNonNull(date, "datePublished"));
      return this;
    }

    /** Sets the last modification date. */
    public Builder dateModified(SchemaDate date) {
      this.dateModified = Optional.of(Objects.requireNonNull(date, "dateModified"));
      return this;
    }

    /** Adds a question the page shows, in page order; the page becomes a FAQPage too. */
    public Builder question(FaqPage.Question question) {
      questions.add(Objects.requireNonNull(question, "question"));
      return this;
    }

    /** Sets the page's main image. */
    public Builder primaryImageOfPage(ImageObject image) {
      this.primaryImageOfPage = Optional.of(Objects.requireNonNull(image, "image"));
      return this;
    }

    /**
     * Returns the page.
     *
     * @throws IllegalArgumentException if dateModified is before datePublished
     */
    public WebPage build() {
      return new WebPage(url, name, description, inLanguage, isPartOf, about, breadcrumb, datePublished,
          dateModified, questions, primaryImageOfPage);
    }
  }
}
