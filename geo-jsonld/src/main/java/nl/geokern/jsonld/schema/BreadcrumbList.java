package nl.geokern.jsonld.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A schema.org {@code BreadcrumbList}: the trail from the home page to a page, each step a
 * {@code ListItem} numbered from 1. With the page's URL its {@code @id} is {@code {url}#breadcrumb}.
 *
 * @param url the URL of the page the trail leads to, an absolute http(s) URL without fragment, if known
 * @param crumbs the steps, from the home page to the page itself; at least one
 */
public record BreadcrumbList(Optional<String> url, List<Crumb> crumbs) implements SchemaNode {

  /** Checks the URL and copies the steps; a trail needs at least one. */
  public BreadcrumbList {
    Checks.optional(url, "BreadcrumbList url", Checks::pageUrl);
    crumbs = List.copyOf(Objects.requireNonNull(crumbs, "crumbs"));
    if (crumbs.isEmpty()) {
      throw new IllegalArgumentException("a BreadcrumbList needs at least one step, from the home page to the page");
    }
  }

  /** Creates the trail to the page at {@code url}. */
  public static BreadcrumbList of(String url, List<Crumb> crumbs) {
    return new BreadcrumbList(Optional.of(url), crumbs);
  }

  /**
   * One step of the trail.
   *
   * @param name the name the step shows; not blank
   * @param item the step's page, an absolute http(s) URL
   */
  public record Crumb(String name, String item) {

    /** Checks the name and the URL. */
    public Crumb {
      Checks.text(name, "breadcrumb name");
      Checks.httpUrl(item, "breadcrumb item");
    }

    /** Creates a step. */
    public static Crumb of(String name, String item) {
      return new Crumb(name, item);
    }
  }

  /** {@code {url}#breadcrumb}, when the URL is known. */
  @Override
  public Optional<String> id() {
    return url.map(u -> u + "#breadcrumb");
  }

  @Override
  public Map<String, Object> toJsonLd(NodeForm form) {
    List<Object> items = new ArrayList<>(crumbs.size());
    for (int i = 0; i < crumbs.size(); i++) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("@type", "ListItem");
      item.put("position", (long) i + 1);
      item.put("name", crumbs.get(i).name());
      item.put("item", crumbs.get(i).item());
      items.add(item);
    }
    return Members.of(form, id(), "BreadcrumbList").list("itemListElement", items).map();
  }
}
