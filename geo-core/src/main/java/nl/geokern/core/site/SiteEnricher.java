package nl.geokern.core.site;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.graph.PageGraphBuilder;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.SourceSpan;
import nl.geokern.jsonld.html.ExistingJsonLd;
import nl.geokern.jsonld.html.SiteInjectionResult;
import nl.geokern.jsonld.html.SiteInjector;
import nl.geokern.jsonld.json.JsonLdWriter;
import nl.geokern.jsonld.json.JsonValues;
import nl.geokern.jsonld.schema.JsonLdGraph;

/**
 * Injects each page's graph into a generated site: posts and the FAQ page are matched by url, other
 * pages get the site-level nodes, and hand-written JSON-LD that conflicts with geo's is reported.
 */
public final class SiteEnricher {

  /** Rule id of a hand-written JSON-LD node that duplicates one of geo's on the same page. */
  public static final String CONFLICT = "inject.conflict";
  /** Rule id of an injector warning about a page (e.g. an unclosed comment). */
  public static final String PAGE_WARNING = "inject.page";

  private SiteEnricher() {}

  /** Enriches the site as the request says. */
  public static EnrichResult run(EnrichRequest request) {
    ContentSet content = request.content();
    PageGraphBuilder builder = PageGraphBuilder.create(content, request.graphOptions());
    Map<String, BlogPost> posts = new HashMap<>();
    for (BlogPost p : content.posts()) {
      posts.put(normalise(p.url()), p);
    }
    String faqUrl = normalise(content.site().faqPage().url());
    boolean hasFaqPage = !content.faqItems().isEmpty();

    SiteInjector injector = request.manifest()
        .map(m -> SiteInjector.create(request.threads(), m, request.fingerprint()))
        .orElseGet(() -> SiteInjector.create(request.threads()));
    SiteInjectionResult result = injector.run(request.siteDirectory(), graphsKey(request), rel -> {
      String page = normalise(rel);
      Map<String, Object> graph;
      BlogPost post = posts.get(page);
      if (post != null) {
        graph = builder.post(post);
      } else if (hasFaqPage && page.equals(faqUrl)) {
        graph = builder.faqPage();
      } else if (request.plainPages()) {
        graph = builder.plainPage(page.equals("index.html") ? "" : page);
      } else {
        return Optional.empty();
      }
      return Optional.of(JsonLdWriter.write(graph));
    });

    List<Finding> findings = new ArrayList<>();
    result.existingJsonLd().forEach((rel, blocks) -> conflicts(request.siteDirectory(), rel, blocks, findings));
    result.warnings().forEach((rel, warnings) -> {
      for (String w : warnings) {
        findings.add(Finding.warning(PAGE_WARNING, SourceSpan.of(display(request.siteDirectory(), rel)), w,
            "check the page's markup; geo left every other byte as it was"));
      }
    });
    // pages skipped through the manifest are not asked for, so the pages are looked up directly
    Set<String> missing = new LinkedHashSet<>();
    for (String url : posts.keySet()) {
      if (!isPage(request.siteDirectory(), url)) {
        missing.add(url);
      }
    }
    if (hasFaqPage && !isPage(request.siteDirectory(), faqUrl)) {
      missing.add(faqUrl);
    }
    return new EnrichResult(result, findings, missing);
  }

  /** Whether the injector would find a page at this site-relative url. */
  private static boolean isPage(Path siteDir, String url) {
    return HtmlChecker.isPage(siteDir.resolve(url));
  }

  /**
   * The key of every graph of this run: the content's key, the graph options, whether plain pages
   * get graphs, and the code that builds them. A build of geo-core or geo-jsonld that is not a jar
   * (such as classes in a reactor) has no stable stamp, so then every graph is built and compared.
   */
  static Optional<String> graphsKey(EnrichRequest request) {
    Optional<String> core = codeStamp(PageGraphBuilder.class);
    Optional<String> jsonld = codeStamp(JsonLdGraph.class);
    if (request.contentKey().isEmpty() || core.isEmpty() || jsonld.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(request.contentKey().get() + "; " + request.graphOptions() + "; plainPages="
        + request.plainPages() + "; " + core.get() + "; " + jsonld.get());
  }

  /** The jar a class comes from, by name, size and time: a rebuilt snapshot has a new stamp. */
  private static Optional<String> codeStamp(Class<?> type) {
    try {
      CodeSource source = type.getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null) {
        return Optional.empty();
      }
      Path jar = Path.of(source.getLocation().toURI());
      if (!Files.isRegularFile(jar)) {
        return Optional.empty();
      }
      BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
      return Optional.of(jar.getFileName() + " " + a.size() + " " + a.lastModifiedTime().toMillis());
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return Optional.empty(); // no stamp: graphs are built and compared, which is always correct
    }
  }

  private static void conflicts(Path siteDir, String rel, List<ExistingJsonLd> blocks, List<Finding> findings) {
    for (ExistingJsonLd block : blocks) {
      if (block.geo()) {
        continue;
      }
      Set<String> types = new LinkedHashSet<>();
      try {
        collectTypes(JsonValues.parse(block.text()), types);
      } catch (IllegalArgumentException e) {
        continue; // check-html reports unparseable JSON-LD with its position
      }
      for (String type : List.of("FAQPage", "BlogPosting", "Article", "WebPage", "BreadcrumbList")) {
        if (types.contains(type) || types.contains("https://schema.org/" + type) || types.contains("schema:" + type)) {
          findings.add(Finding.warning(CONFLICT,
              SourceSpan.of(display(siteDir, rel), block.line(), block.column()),
              "hand-written JSON-LD already has a " + type + " node; with geo's graph the page now has two",
              "remove the hand-written " + type + " from the page template, or leave it and drop geo's graph for"
                  + " this page"));
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void collectTypes(Object value, Set<String> into) {
    if (value instanceof Map<?, ?> map) {
      Object t = map.get("@type");
      if (t instanceof String s) {
        into.add(s);
      } else if (t instanceof List<?> l) {
        l.forEach(x -> into.add(String.valueOf(x)));
      }
      map.values().forEach(v -> collectTypes(v, into));
    } else if (value instanceof List<?> list) {
      list.forEach(v -> collectTypes(v, into));
    }
  }

  private static Path display(Path siteDir, String rel) {
    return siteDir.resolve(rel);
  }

  /** A page path as a site-relative url: forward slashes, no leading slash, directory urls as index.html. */
  static String normalise(String url) {
    String u = url.replace('\\', '/');
    int cut = u.indexOf('#');
    if (cut >= 0) {
      u = u.substring(0, cut);
    }
    cut = u.indexOf('?');
    if (cut >= 0) {
      u = u.substring(0, cut);
    }
    while (u.startsWith("/")) {
      u = u.substring(1);
    }
    if (u.isEmpty() || u.endsWith("/")) {
      u = u + "index.html";
    }
    return u;
  }

}
