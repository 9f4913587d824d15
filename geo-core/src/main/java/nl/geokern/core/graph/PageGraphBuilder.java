package nl.geokern.core.graph;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.geokern.core.model.Author;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentDate;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.FaqItem;
import nl.geokern.core.model.FaqPair;
import nl.geokern.core.model.Site;
import nl.geokern.core.text.MarkdownText;
import nl.geokern.jsonld.schema.BlogPosting;
import nl.geokern.jsonld.schema.BreadcrumbList;
import nl.geokern.jsonld.schema.BreadcrumbList.Crumb;
import nl.geokern.jsonld.schema.FaqPage.Question;
import nl.geokern.jsonld.schema.ImageObject;
import nl.geokern.jsonld.schema.JsonLdGraph;
import nl.geokern.jsonld.schema.Organization;
import nl.geokern.jsonld.schema.Person;
import nl.geokern.jsonld.schema.Place;
import nl.geokern.jsonld.schema.PostalAddress;
import nl.geokern.jsonld.schema.SchemaDate;
import nl.geokern.jsonld.schema.SchemaNode;
import nl.geokern.jsonld.schema.WebPage;
import nl.geokern.jsonld.schema.WebSite;

/**
 * Builds each page's schema.org graph from the content, with geo-jsonld's schema builders: one
 * {@code @graph} with stable {@code @id}s in which every reference resolves.
 *
 * <p>Ids: {@code {site}#organization}, {@code {site}#website}, {@code {site}#logo},
 * {@code {site}#place-{name}}, {@code {site}#author-{id}}, {@code {url}#webpage},
 * {@code {url}#article}, {@code {url}#breadcrumb}, {@code {url}#faq-{n}} (post questions) and
 * {@code {faq url}#{item id}} (FAQ page questions). A post marks up only the questions of its own
 * FAQ section: FAQ items it shows by reference are marked up once, on the FAQ page. No page ever
 * gets Review or customer nodes, so a fictional case cannot pose as real evidence. Optional texts
 * that are blank and questions without a visible answer are left out.
 *
 * <p>The result is plain JDK values (maps, lists, strings), ready for the JSON-LD writer.
 */
public final class PageGraphBuilder {

  private final ContentSet content;
  private final Site site;
  private final GraphOptions options;
  /** The site's absolute home url, the base of every site-level id. */
  private final String home;
  private final Organization organization;
  private final WebSite website;
  /** Every place of the site, in order, by the name the content uses. */
  private final Map<String, Place> places;

  private PageGraphBuilder(ContentSet content, GraphOptions options) {
    this.content = Objects.requireNonNull(content, "content");
    this.site = content.site();
    this.options = Objects.requireNonNull(options, "options");
    this.home = site.absoluteUrl("");
    this.places = places(site, home);
    this.organization = organization();
    this.website = WebSite.of(home, site.name()).withInLanguage(site.language()).withPublisher(organization);
  }

  /** A builder for the pages of this content. */
  public static PageGraphBuilder create(ContentSet content, GraphOptions options) {
    return new PageGraphBuilder(content, options);
  }

  /** A builder with default options. */
  public static PageGraphBuilder create(ContentSet content) {
    return create(content, GraphOptions.DEFAULTS);
  }

  /** The graph of a blog post: site nodes, WebPage (also FAQPage when it shows a FAQ), BlogPosting, breadcrumb. */
  public Map<String, Object> post(BlogPost post) {
    String url = site.absoluteUrl(post.url());
    SchemaDate published = date(post.datePublished());
    SchemaDate modified = date(post.dateModified().orElse(post.datePublished()));
    BreadcrumbList breadcrumb = breadcrumb(url, post.title());
    WebPage.Builder page = webPage(url, Optional.of(post.title()), post.description(), Optional.of(breadcrumb))
        .datePublished(published)
        .dateModified(modified);
    List<FaqPair> pairs = post.body().faq().map(f -> f.pairs()).orElse(List.of());
    for (int i = 0; i < pairs.size(); i++) {
      FaqPair p = pairs.get(i);
      question(url + "#faq-" + (i + 1), p.question(), p.answerText()).ifPresent(page::question);
    }
    post.image().ifPresent(i -> page.primaryImageOfPage(ImageObject.of(site.absoluteUrl(i))));
    WebPage webPage = page.build();

    BlogPosting.Builder article = BlogPosting.builder()
        .url(url)
        .headline(post.title())
        .datePublished(published)
        .dateModified(modified)
        .inLanguage(site.language())
        .mainEntityOfPage(webPage)
        .isPartOf(webPage)
        .publisher(organization)
        .wordCount(post.body().wordCount());
    text(post.description()).ifPresent(article::description);
    Optional<Person> author = post.author().flatMap(site::author).map(this::person);
    author.ifPresent(article::author);
    List<String> keywords = post.keywords().stream().filter(k -> !k.isBlank()).toList();
    if (!keywords.isEmpty()) {
      article.keywords(String.join(", ", keywords)); // one text, as the graph has always written it
    }
    // Google recommends an image for every article; without one of its own, a post shows the site's.
    post.image().or(site::image).or(site::logo).ifPresent(i -> article.image(ImageObject.of(site.absoluteUrl(i))));
    List<Place> about = new ArrayList<>();
    for (String name : post.places()) {
      site.place(name).map(p -> places.get(p.name())).ifPresent(about::add);
    }
    article.about(about);

    List<SchemaNode> nodes = siteNodes();
    nodes.add(webPage);
    author.ifPresent(nodes::add);
    nodes.add(article.build());
    nodes.add(breadcrumb);
    return JsonLdGraph.of(nodes).toJsonLd();
  }

  /** The graph of the FAQ page: site nodes and a WebPage typed FAQPage with every FAQ item as a question. */
  public Map<String, Object> faqPage() {
    String url = site.absoluteUrl(site.faqPage().url());
    String title = site.faqPage().title();
    BreadcrumbList breadcrumb = breadcrumb(url, title);
    WebPage.Builder page = webPage(url, Optional.of(title), site.faqPage().description(), Optional.of(breadcrumb));
    LocalDate latest = null;
    for (FaqItem item : content.faqItems()) {
      question(url + "#" + item.id(), item.question(), MarkdownText.toPlainText(item.answer())).ifPresent(page::question);
      if (item.added().isPresent() && (latest == null || item.added().get().isAfter(latest))) {
        latest = item.added().get();
      }
    }
    if (latest != null) {
      page.dateModified(date(ContentDate.of(latest)));
    }
    List<SchemaNode> nodes = siteNodes();
    nodes.add(page.build());
    nodes.add(breadcrumb);
    return JsonLdGraph.of(nodes).toJsonLd();
  }

  /** The graph of a page without content of its own, known only by its url: site nodes and a WebPage. */
  public Map<String, Object> plainPage(String relativeUrl) {
    List<SchemaNode> nodes = siteNodes();
    nodes.add(webPage(site.absoluteUrl(relativeUrl), Optional.empty(), Optional.empty(), Optional.empty()).build());
    return JsonLdGraph.of(nodes).toJsonLd();
  }

  /** The graph of a page without content of its own: site nodes, a WebPage and its breadcrumb. */
  public Map<String, Object> plainPage(String relativeUrl, String title, Optional<String> description) {
    String url = site.absoluteUrl(relativeUrl);
    Optional<BreadcrumbList> breadcrumb = url.equals(home) ? Optional.empty() : Optional.of(breadcrumb(url, title));
    List<SchemaNode> nodes = siteNodes();
    nodes.add(webPage(url, Optional.of(title), description, breadcrumb).build());
    breadcrumb.ifPresent(nodes::add);
    return JsonLdGraph.of(nodes).toJsonLd();
  }

  // ------------------------------------------------------------------ nodes

  /** Organization, WebSite and places: the same on every page, first in every graph. */
  private List<SchemaNode> siteNodes() {
    List<SchemaNode> nodes = new ArrayList<>();
    nodes.add(organization);
    nodes.add(website);
    nodes.addAll(places.values());
    return nodes;
  }

  private Organization organization() {
    Organization.Builder org = Organization.builder(site.name())
        .id(organizationId())
        .type(site.type())
        .url(home);
    text(site.description()).ifPresent(org::description);
    site.logo().map(site::absoluteUrl).ifPresent(l -> org.logo(
        ImageObject.of(l).withId(home + "#logo").withContentUrl(l).withCaption(site.name())));
    site.image().ifPresent(i -> org.image(site.absoluteUrl(i)));
    text(site.telephone()).ifPresent(org::telephone);
    text(site.email()).ifPresent(org::email);
    site.address().ifPresent(a -> org.address(new PostalAddress(a.streetAddress(), a.postalCode(),
        a.addressLocality(), text(a.addressRegion()), a.addressCountry())));
    List<Place> served = new ArrayList<>();
    for (String name : site.areaServed()) {
      site.place(name).map(p -> places.get(p.name())).ifPresent(served::add);
    }
    return org.areaServed(served).sameAs(site.sameAs()).build();
  }

  private static Map<String, Place> places(Site site, String home) {
    Map<String, Place> out = new LinkedHashMap<>();
    for (nl.geokern.core.model.Place p : site.places()) {
      out.put(p.name(), Place.of(p.type(), p.name()).withId(home + "#place-" + slug(p.name())));
    }
    return out;
  }

  /** A page of the site; the home page shows no breadcrumb even when its graph has one. */
  private WebPage.Builder webPage(String url, Optional<String> name, Optional<String> description,
      Optional<BreadcrumbList> breadcrumb) {
    WebPage.Builder page = WebPage.builder(url)
        .inLanguage(site.language())
        .isPartOf(website)
        .about(organization);
    name.ifPresent(page::name);
    text(description).ifPresent(page::description);
    breadcrumb.filter(b -> !url.equals(home)).ifPresent(page::breadcrumb);
    return page;
  }

  private BreadcrumbList breadcrumb(String url, String title) {
    return BreadcrumbList.of(url, List.of(Crumb.of(site.name(), home), Crumb.of(title, url)));
  }

  /** A marked-up question, unless its question or answer is blank (not visible on the page). */
  private static Optional<Question> question(String id, String name, String answerText) {
    if (name.isBlank() || answerText.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(Question.of(name, answerText).withId(id));
  }

  private Person person(Author a) {
    Person person = a.url().map(u -> Person.of(a.name(), site.absoluteUrl(u))).orElseGet(() -> Person.of(a.name()));
    return person.withId(home + "#author-" + a.id()).withWorksFor(organization);
  }

  /** A date in the graph: its own time and offset, or the start of that day in the configured zone. */
  private SchemaDate date(ContentDate date) {
    return date.dateTime().map(SchemaDate::of)
        .orElseGet(() -> SchemaDate.startOfDay(date.date(), options.timeZone()));
  }

  private String organizationId() {
    return home + "#organization";
  }

  /** An optional text, left out when blank. */
  private static Optional<String> text(Optional<String> value) {
    return value.filter(v -> !v.isBlank());
  }

  private static String slug(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
