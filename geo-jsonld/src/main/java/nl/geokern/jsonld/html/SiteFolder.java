package nl.geokern.jsonld.html;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * A folder of the site as the walk visits it: {@code name} in {@code parent} (the site itself is
 * the site folder with no name), and the open folder its pages are stat'ed through. Its path and its
 * path relative to the site are made when asked for: a folder as recorded needs neither.
 *
 * @param parent the folder it is in, or the site folder itself for the site
 * @param parentRel the parent's path relative to the site, {@code /} separators
 * @param name its name in {@code parent}, {@code ""} for the site
 * @param statVia the parent held open, or the site folder for the site
 */
record SiteFolder(Path parent, String parentRel, String name, OpenFolder statVia) {

  /** The site folder itself, held open as {@code site}. */
  static SiteFolder site(OpenFolder site) {
    return new SiteFolder(site.path(), "", "", site);
  }

  /** The folder's path. */
  Path path() {
    return parent.resolve(name);
  }

  /** The folder's path relative to the site, {@code ""} for the site. */
  String rel() {
    return parentRel.isEmpty() ? name : parentRel + "/" + name;
  }

  /** The path relative to the site of the entry {@code entry} in this folder. */
  String relOf(String entry) {
    String rel = rel();
    return rel.isEmpty() ? entry : rel + "/" + entry;
  }

  /** The attributes of the entry {@code entry} in this folder, a link not followed; empty when it is gone. */
  Optional<BasicFileAttributes> stat(String entry) throws IOException {
    return statVia.stat(name.isEmpty() ? entry : name + "/" + entry);
  }
}
