package nl.geokern.core.graph;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
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
import nl.geokern.core.model.Place;
import nl.geokern.core.model.PostalAddress;
import nl.geokern.core.model.Site;
import nl.geokern.core.text.MarkdownText;

/**
 * Builds each page's schema.org graph: one {@code @graph} with stable {@code @id}s in which every
 * reference resolves.
 *
 * <p>Ids: {@code {site}#organization}, {@code {site}#website}, {@code {site}#logo},
 * {@code {site}#place-{name}}, {@code {site}#author-{id}}, {@code {url}#webpage},
 * {@code {url}#article}, {@code {url}#breadcrumb}, {@code {url}#faq-{n}} (post questions) and
 * {@code {faq url}#{item id}} (FAQ page questions). A post marks up only the questions of its own
 * FAQ section: FAQ items it shows by reference are marked up once, on the FAQ page. No page ever
 * gets Review or customer nodes, so a fictional case cannot pose as real evidence.
 *
 * <p>The result is plain JDK values (maps, lists, strings), ready for the JSON-LD writer.
 */
public final class PageGraphBuilder {

  private static final String CONTEXT = "https://schema.org";

  private final ContentSet content;
  private final Site site;
  private final GraphOptions options;
  /** The site's absolute home url, the base of every site-level id. */
  private final String home;
  /** Organization, WebSite and places: the same on every page, so built once and shared, read-only. */
  private final List<Map<String, Object>> siteNodes;

  private PageGraphBuilder(ContentSet content, GraphOptions options) {
    this.content = Objects.requireNonNull(content, "content");
    this.site = content.site();
    this.options = Objects.requireNonNull(options, "options");
    this.home = site.absoluteUrl("");
    this.siteNodes = buildSiteNodes();
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
    Graph g = new Graph(siteNodes);

    List<FaqPair> pairs = post.body().faq().map(f -> f.pairs()).orElse(List.of());
    List<Object> questions = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      FaqPair p = pairs.get(i);
      if (p.answerText().isBlank()) {
        continue; // A question without a visible answer is not marked up.
      }
      questions.add(question(url + "#faq-" + (i + 1), p.question(), p.answerText()));
    }

    String published = dateTime(post.datePublished());
    String modified = dateTime(post.dateModified().orElse(post.datePublished()));
    Map<String, Object> page = webPage(url, post.title(), post.description(), !questions.isEmpty());
    page.put("datePublished", published);
    page.put("dateModified", modified);
    if (!questions.isEmpty()) {
      page.put("mainEntity", questions);
    }
    post.image().ifPresent(i -> page.put("primaryImageOfPage", imageObject(site.absoluteUrl(i))));
    g.add(page);

    Map<String, Object> article = node(url + "#article", "BlogPosting");
    article.put("headline", post.title());
    post.description().ifPresent(d -> article.put("description", d));
    article.put("url", url);
    article.put("datePublished", published);
    article.put("dateModified", modified);
    article.put("inLanguage", site.language());
    Map<String, Object> webPage = ref(url + "#webpage");
    article.put("mainEntityOfPage", webPage);
    article.put("isPartOf", webPage);
    article.put("publisher", ref(organizationId()));
    article.put("wordCount", (long) post.body().wordCount());
    post.author().flatMap(site::author).ifPresent(a -> {
      article.put("author", ref(authorId(a)));
      g.add(person(a));
    });
    if (!post.keywords().isEmpty()) {
      article.put("keywords", String.join(", ", post.keywords()));
    }
    // Google recommends an image for every article; without one of its own, a post shows the site's.
    post.image().or(site::image).or(site::logo)
        .ifPresent(i -> article.put("image", imageObject(site.absoluteUrl(i))));
    List<Object> about = new ArrayList<>();
    for (String name : post.places()) {
      site.place(name).ifPresent(p -> {
        about.add(ref(placeId(p)));
      });
    }
    if (!about.isEmpty()) {
      article.put("about", about);
    }
    g.add(article);
    g.add(breadcrumb(url, post.title()));
    return g.document();
  }

  /** The graph of the FAQ page: site nodes and a WebPage typed FAQPage with every FAQ item as a question. */
  public Map<String, Object> faqPage() {
    String url = site.absoluteUrl(site.faqPage().url());
    Graph g = new Graph(siteNodes);
    List<Object> questions = new ArrayList<>();
    LocalDate latest = null;
    for (FaqItem item : content.faqItems()) {
      questions.add(question(url + "#" + item.id(), item.question(), MarkdownText.toPlainText(item.answer())));
      if (item.added().isPresent() && (latest == null || item.added().get().isAfter(latest))) {
        latest = item.added().get();
      }
    }
    Map<String, Object> page = webPage(url, site.faqPage().title(), site.faqPage().description(), !questions.isEmpty());
    if (latest != null) {
      page.put("dateModified", dateTime(ContentDate.of(latest)));
    }
    if (!questions.isEmpty()) {
      page.put("mainEntity", questions);
    }
    g.add(page);
    g.add(breadcrumb(url, site.faqPage().title()));
    return g.document();
  }

  /** The graph of a page without content of its own, known only by its url. */
  public Map<String, Object> plainPage(String relativeUrl) {
    String url = site.absoluteUrl(relativeUrl);
    Graph g = new Graph(siteNodes);
    Map<String, Object> page = webPage(url, "", Optional.empty(), false);
    page.remove("name");
    page.remove("breadcrumb");
    g.add(page);
    return g.document();
  }

  /** The graph of a page without content of its own: site nodes, a WebPage and its breadcrumb. */
  public Map<String, Object> plainPage(String relativeUrl, String title, Optional<String> description) {
    String url = site.absoluteUrl(relativeUrl);
    Graph g = new Graph(siteNodes);
    g.add(webPage(url, title, description, false));
    if (!url.equals(home)) {
      g.add(breadcrumb(url, title));
    }
    return g.document();
  }

  // ------------------------------------------------------------------ nodes

  private List<Map<String, Object>> buildSiteNodes() {
    List<Map<String, Object>> nodes = new ArrayList<>();
    Map<String, Object> org = node(organizationId(), site.type());
    org.put("name", site.name());
    org.put("url", home);
    site.description().ifPresent(d -> org.put("description", d));
    site.logo().ifPresent(l -> {
      Map<String, Object> logo = node(home + "#logo", "ImageObject");
      logo.put("url", site.absoluteUrl(l));
      logo.put("contentUrl", site.absoluteUrl(l));
      logo.put("caption", site.name());
      org.put("logo", logo);
    });
    site.image().ifPresent(i -> org.put("image", site.absoluteUrl(i)));
    site.telephone().ifPresent(t -> org.put("telephone", t));
    site.email().ifPresent(e -> org.put("email", e));
    site.address().ifPresent(a -> org.put("address", address(a)));
    List<Object> served = new ArrayList<>();
    for (String name : site.areaServed()) {
      site.place(name).ifPresent(p -> served.add(ref(placeId(p))));
    }
    if (!served.isEmpty()) {
      org.put("areaServed", served);
    }
    if (!site.sameAs().isEmpty()) {
      org.put("sameAs", List.copyOf(site.sameAs()));
    }
    nodes.add(org);

    Map<String, Object> website = node(home + "#website", "WebSite");
    website.put("url", home);
    website.put("name", site.name());
    website.put("inLanguage", site.language());
    website.put("publisher", ref(organizationId()));
    nodes.add(website);

    for (Place p : site.places()) {
      Map<String, Object> place = node(placeId(p), p.type());
      place.put("name", p.name());
      nodes.add(place);
    }
    List<Map<String, Object>> frozen = new ArrayList<>(nodes.size());
    for (Map<String, Object> n : nodes) {
      frozen.add(readOnly(n));
    }
    return List.copyOf(frozen);
  }

  /** A read-only copy of a node, its order kept, so that pages sharing it cannot change it. */
  private static Map<String, Object> readOnly(Map<String, Object> node) {
    Map<String, Object> copy = new LinkedHashMap<>();
    node.forEach((k, v) -> copy.put(k, readOnlyValue(v)));
    return Collections.unmodifiableMap(copy);
  }

  @SuppressWarnings("unchecked")
  private static Object readOnlyValue(Object value) {
    if (value instanceof Map<?, ?> map) {
      return readOnly((Map<String, Object>) map);
    }
    if (value instanceof List<?> list) {
      return list.stream().map(PageGraphBuilder::readOnlyValue).toList();
    }
    return value;
  }

  private Map<String, Object> webPage(String url, String name, Optional<String> description, boolean faq) {
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("@id", url + "#webpage");
    page.put("@type", faq ? List.of("WebPage", "FAQPage") : "WebPage");
    page.put("url", url);
    page.put("name", name);
    description.ifPresent(d -> page.put("description", d));
    page.put("inLanguage", site.language());
    page.put("isPartOf", ref(home + "#website"));
    page.put("about", ref(organizationId()));
    if (!url.equals(home)) {
      page.put("breadcrumb", ref(url + "#breadcrumb"));
    }
    return page;
  }

  private Map<String, Object> breadcrumb(String url, String title) {
    Map<String, Object> list = node(url + "#breadcrumb", "BreadcrumbList");
    List<Object> items = new ArrayList<>();
    items.add(listItem(1, site.name(), home));
    items.add(listItem(2, title, url));
    list.put("itemListElement", items);
    return list;
  }

  private static Map<String, Object> listItem(int position, String name, String url) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("@type", "ListItem");
    item.put("position", (long) position);
    item.put("name", name);
    item.put("item", url);
    return item;
  }

  private static Map<String, Object> question(String id, String name, String answerText) {
    Map<String, Object> q = node(id, "Question");
    q.put("name", name);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("@type", "Answer");
    answer.put("text", answerText);
    q.put("acceptedAnswer", answer);
    return q;
  }

  private Map<String, Object> person(Author a) {
    Map<String, Object> person = node(authorId(a), "Person");
    person.put("name", a.name());
    a.url().ifPresent(u -> person.put("url", site.absoluteUrl(u)));
    person.put("worksFor", ref(organizationId()));
    return person;
  }

  private static Map<String, Object> address(PostalAddress a) {
    Map<String, Object> address = new LinkedHashMap<>();
    address.put("@type", "PostalAddress");
    address.put("streetAddress", a.streetAddress());
    address.put("postalCode", a.postalCode());
    address.put("addressLocality", a.addressLocality());
    a.addressRegion().ifPresent(r -> address.put("addressRegion", r));
    address.put("addressCountry", a.addressCountry());
    return address;
  }

  private static Map<String, Object> imageObject(String url) {
    Map<String, Object> image = new LinkedHashMap<>();
    image.put("@type", "ImageObject");
    image.put("url", url);
    return image;
  }

  private String dateTime(ContentDate date) {
    OffsetDateTime t = date.dateTime()
        .orElseGet(() -> date.date().atStartOfDay(options.timeZone()).toOffsetDateTime());
    return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private String organizationId() {
    return home + "#organization";
  }

  private String placeId(Place p) {
    return home + "#place-" + slug(p.name());
  }

  private String authorId(Author a) {
    return home + "#author-" + a.id();
  }

  private static String slug(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  private static Map<String, Object> node(String id, String type) {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("@id", id);
    n.put("@type", type);
    return n;
  }

  private static Map<String, Object> ref(String id) {
    return Map.of("@id", id);
  }

  /** The nodes of one page's graph, in order. */
  private static final class Graph {
    private final List<Object> nodes;

    Graph(List<Map<String, Object>> siteNodes) {
      nodes = new ArrayList<>(siteNodes);
    }

    void add(Map<String, Object> node) {
      nodes.add(node);
    }

    Map<String, Object> document() {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("@context", CONTEXT);
      doc.put("@graph", List.copyOf(nodes));
      return doc;
    }
  }
}
