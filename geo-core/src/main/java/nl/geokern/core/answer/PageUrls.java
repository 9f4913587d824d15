package nl.geokern.core.answer;

import java.util.regex.Pattern;

/**
 * Compares page urls as a site serves them: {@code blog/x.html}, {@code /blog/x.html},
 * {@code blog/x}, {@code blog/x/} and {@code blog/x/index.html} name one page, and an absolute url
 * on the site names the same page as its relative form.
 */
final class PageUrls {

  private static final Pattern SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*://.*");

  private PageUrls() {}

  /** The key under which {@code url} (relative to {@code siteUrl}, or absolute) names its page. */
  static String key(String url, String siteUrl) {
    String u = url;
    int cut = indexOfAny(u, '#', '?');
    if (cut >= 0) {
      u = u.substring(0, cut);
    }
    String base = siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
    if (u.startsWith(base)) {
      u = u.substring(base.length());
    } else if (u.contains("://") && SCHEME.matcher(u).matches()) {
      int path = u.indexOf('/', u.indexOf("://") + 3);
      u = path < 0 ? "" : u.substring(path);
    }
    while (u.startsWith("/")) {
      u = u.substring(1);
    }
    for (String suffix : new String[] {"index.html", "index.htm", ".html", ".htm", "/"}) {
      if (u.endsWith(suffix)) {
        u = u.substring(0, u.length() - suffix.length());
        break;
      }
    }
    return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }
}
