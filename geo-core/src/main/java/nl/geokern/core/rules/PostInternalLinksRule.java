package nl.geokern.core.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.Link;
import nl.geokern.core.model.Site;
import nl.geokern.jsonld.suggest.Suggestions;

/**
 * Rule {@code post.internal-links}: a post links to at least one other post (a "Verder lezen"
 * block counts), and every internal link resolves to a known page.
 *
 * <p>Why: the content plan connects posts with "Verder lezen" suggestions so readers (and crawlers)
 * move on to the related question; a broken internal link is a dead end for both. Internal links are
 * relative links and absolute links under the site url; they resolve against the post's url
 * ({@code other.html} from {@code blog/x.html} is {@code blog/other.html}), ignoring
 * {@code #fragment} and {@code ?query}. Known pages are the posts, the FAQ page and the option
 * {@code extraPages}. An unresolved link is an error, a post without links to other posts a warning.
 */
final class PostInternalLinksRule extends BaseRule<PostInternalLinksRule.Options> {

  /**
   * Options of {@code post.internal-links}.
   *
   * @param minInternalLinks the fewest links to other posts a post must have
   * @param extraPages site-relative urls of pages that exist besides the posts and the FAQ page
   *     (e.g. {@code index.html}, {@code contact.html})
   */
  public record Options(int minInternalLinks, List<String> extraPages) {
    /** Rejects a negative minimum; copies the pages. */
    public Options {
      if (minInternalLinks < 0) {
        throw new IllegalArgumentException("minInternalLinks must be 0 or more, found " + minInternalLinks);
      }
      extraPages = List.copyOf(extraPages);
    }
  }

  /** The rule with the defaults: at least one link to another post, no extra pages. */
  public PostInternalLinksRule() {
    super("post.internal-links", Severity.ERROR,
        "A post links to another post and every internal link resolves.", new Options(1, List.of()));
  }

  /** Resolves the known pages once, then checks every post against them. */
  @Override
  public List<Finding> check(RuleContext context, Options options) {
    ContentSet content = context.content();
    Site site = content.site();
    Set<String> known = new LinkedHashSet<>();
    content.posts().forEach(p -> known.add(siteRelative(p.url())));
    Set<String> postUrls = new HashSet<>(known);
    known.add(siteRelative(site.faqPage().url()));
    options.extraPages().forEach(p -> known.add(siteRelative(p)));
    List<String> sitePrefixes = sitePrefixes(site.url());
    Resolved resolved = new Resolved(sitePrefixes);
    List<Finding> out = new ArrayList<>();
    for (BlogPost post : content.posts()) {
      if (!post.suppresses(id())) {
        checkPost(post, content, postUrls, known, resolved, options, out);
      }
    }
    return out;
  }

  /**
   * The targets of the links of one check, by base directory and destination: posts link the same
   * pages over and over, and {@link #resolve} depends on nothing else. Lives for one check only.
   */
  private static final class Resolved {
    private final List<String> sitePrefixes;
    private final Map<String, Map<String, Optional<String>>> byBaseDir = new HashMap<>();

    Resolved(List<String> sitePrefixes) {
      this.sitePrefixes = sitePrefixes;
    }

    /** The targets of links in posts of {@code baseDir}, by destination: filled as links are resolved. */
    Map<String, Optional<String>> in(String baseDir) {
      return byBaseDir.computeIfAbsent(baseDir, d -> new HashMap<>());
    }

    /** The target of {@code link} in a post of {@code baseDir}, whose targets {@code known} holds. */
    Optional<String> target(Link link, String baseDir, Map<String, Optional<String>> known) {
      Optional<String> t = known.get(link.destination());
      if (t == null) {
        t = resolve(link, baseDir, sitePrefixes);
        known.put(link.destination(), t);
      }
      return t;
    }
  }

  private void checkPost(BlogPost post, ContentSet content, Set<String> postUrls, Set<String> known,
      Resolved resolved, Options options, List<Finding> out) {
    String self = siteRelative(post.url());
    String baseDir = self.substring(0, self.lastIndexOf('/') + 1);
    Set<String> linkedPosts = new HashSet<>();
    Map<String, Optional<String>> targets = resolved.in(baseDir);
    for (Link link : post.body().links()) {
      Optional<String> target = resolved.target(link, baseDir, targets);
      if (target.isEmpty()) {
        continue;
      }
      String t = target.get();
      String page = t.isEmpty() || t.endsWith("/") ? t + "index.html" : t;
      if (postUrls.contains(page)) {
        if (!page.equals(self)) {
          linkedPosts.add(page);
        }
      } else if (!known.contains(page) && !known.contains(t)) {
        String closest = closest(page, known);
        out.add(finding(link.span(),
            "internal link '" + link.destination() + "' in post '" + post.slug() + "' resolves to '" + page
                + "', which is not a post, the FAQ page or one of extraPages",
            closest == null
                ? "fix the link target, or add the page to the rule's extraPages option"
                : "the closest known page is '" + closest + "': link it as '" + relativize(baseDir, closest)
                    + "'; or add '" + page + "' to the rule's extraPages option"));
      }
    }
    if (linkedPosts.size() < options.minInternalLinks()) {
      out.add(finding(Severity.WARNING, headSpan(post),
          "post '" + post.slug() + "' links to " + plural(linkedPosts.size(), "other post", "other posts")
              + "; expected at least " + options.minInternalLinks(),
          "add a '## Verder lezen' list with links to related posts" + related(post, content, baseDir)));
    }
  }

  /** Up to three posts of the same cluster, as a suggestion for the hint. */
  private static String related(BlogPost post, ContentSet content, String baseDir) {
    if (post.cluster().isEmpty()) {
      return "";
    }
    List<String> links = new ArrayList<>();
    for (BlogPost p : content.posts()) {
      if (p != post && p.cluster().equals(post.cluster()) && links.size() < 3) {
        links.add(relativize(baseDir, siteRelative(p.url())));
      }
    }
    return links.isEmpty() ? "" : ", e.g. to posts of the same cluster: " + String.join(", ", links);
  }

  /**
   * The site-relative path a link points to, without fragment or query; empty for external,
   * same-page and non-page links. A path that climbs above the site root keeps its {@code ..}
   * segments, so it never matches a known page.
   *
   * @param sitePrefixes the {@link #sitePrefixes} of the site's url
   */
  static Optional<String> resolve(Link link, String baseDir, List<String> sitePrefixes) {
    String d = link.destination().strip();
    if (d.isEmpty() || d.startsWith("#") || d.startsWith("?") || link.isNonPage()) {
      return Optional.empty();
    }
    int cut = indexOfAny(d, '#', '?');
    if (cut >= 0) {
      d = d.substring(0, cut);
    }
    String path;
    if (link.isExternal()) {
      Optional<String> under = underSite(d, sitePrefixes);
      if (under.isEmpty()) {
        return Optional.empty();
      }
      path = under.get();
    } else if (d.startsWith("/")) {
      path = d.substring(1);
    } else {
      path = baseDir + d;
    }
    return Optional.of(normalize(path));
  }

  /**
   * The lower-case prefixes of an absolute url under the site, in the order they are tried: the site's
   * url with a trailing slash, the same with {@code http:}, with {@code https:} and with no scheme. A
   * validation's links share them, so they are made once rather than for each link.
   */
  static List<String> sitePrefixes(String siteUrl) {
    String base = siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
    String b = base.toLowerCase(Locale.ROOT);
    String schemeless = b.replaceFirst("^https?:", "");
    return List.of(b, "http:" + schemeless, "https:" + schemeless, schemeless);
  }

  private static Optional<String> underSite(String url, List<String> sitePrefixes) {
    String u = url.toLowerCase(Locale.ROOT);
    for (String prefix : sitePrefixes) {
      if (u.startsWith(prefix)) {
        return Optional.of(url.substring(prefix.length()));
      }
      // The site's url itself, without the slash the prefix ends with.
      if (u.length() == prefix.length() - 1 && prefix.startsWith(u)) {
        return Optional.of("");
      }
    }
    return Optional.empty();
  }

  private static int indexOfAny(String s, char a, char b) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == a || s.charAt(i) == b) {
        return i;
      }
    }
    return -1;
  }

  /** Removes {@code .} and {@code x/..} segments; keeps a trailing slash. */
  static String normalize(String path) {
    String[] parts = path.split("/", -1);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      boolean last = i == parts.length - 1;
      if (p.equals(".") || p.isEmpty() && !last) {
        continue;
      }
      if (p.equals("..")) {
        if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
          out.remove(out.size() - 1);
        } else {
          out.add("..");
        }
        continue;
      }
      out.add(p);
    }
    return String.join("/", out);
  }

  private static String siteRelative(String url) {
    String u = url.strip();
    return normalize(u.startsWith("/") ? u.substring(1) : u);
  }

  /** The known page closest to {@code page} by edit distance, or null when there is none. */
  private static String closest(String page, Set<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = Suggestions.distance(page, k);
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    return best;
  }

  /** How a page in {@code baseDir} links to {@code target}, both site-relative. */
  static String relativize(String baseDir, String target) {
    String[] from = baseDir.isEmpty() ? new String[0] : baseDir.substring(0, baseDir.length() - 1).split("/");
    String[] to = target.split("/");
    int common = 0;
    while (common < from.length && common < to.length - 1 && from[common].equals(to[common])) {
      common++;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = common; i < from.length; i++) {
      sb.append("../");
    }
    for (int i = common; i < to.length; i++) {
      sb.append(to[i]);
      if (i < to.length - 1) {
        sb.append('/');
      }
    }
    return sb.toString();
  }
}
