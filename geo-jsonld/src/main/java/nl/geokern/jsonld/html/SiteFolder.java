package nl.geokern.jsonld.html;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * A folder of the site as the walk visits it: its path, its path relative to the site ({@code /}
 * separators, {@code ""} for the site), and the open folder its pages are stat'ed through, as
 * {@code prefix + name}.
 */
record SiteFolder(Path path, String rel, OpenFolder statVia, String prefix) {

  /** The site folder itself, whose pages are stat'ed through {@code site} opened. */
  static SiteFolder site(OpenFolder site) {
    return new SiteFolder(site.path(), "", site, "");
  }

  /** The sub-folder {@code name}, stat'ed through this folder held open as {@code open}. */
  SiteFolder child(String name, OpenFolder open) {
    return new SiteFolder(path.resolve(name), relOf(name), open, name + "/");
  }

  /** The path relative to the site of the entry {@code name} in this folder. */
  String relOf(String name) {
    return rel.isEmpty() ? name : rel + "/" + name;
  }

  /** The attributes of the entry {@code name} in this folder, a link not followed; empty when it is gone. */
  Optional<BasicFileAttributes> stat(String name) throws IOException {
    return statVia.stat(prefix + name);
  }
}
