package nl.geokern.jsonld.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Reads the lines of an {@link InjectManifest} after its header, one at a time, into the site's tree of
 * records. The folders come depth first, each right after its parent and its sub-folders by name, so a
 * folder line closes the folders before it that it is not in. A line that does not fit throws
 * {@link IllegalArgumentException}.
 */
final class ManifestReader {

  private static final String END = InjectManifest.END;
  private static final String GRAPHS = InjectManifest.GRAPHS;

  private Optional<String> graphsKey = Optional.empty();
  private int pages;
  private boolean ended;
  /** The folder being read and its ancestors, innermost first. */
  private final Deque<FolderBuilder> open = new ArrayDeque<>();
  private FolderRecord site;
  /** The last page name read: most folders hold an index.html, which one string serves. */
  private String lastName = "index.html";

  /** Reads the line {@code text[from, to)}. */
  void line(String text, int from, int to) {
    if (ended) {
      throw new IllegalArgumentException("a line after the end");
    }
    if (text.startsWith(END, from) && to - from == END.length()) {
      ended = true;
      return;
    }
    if (text.startsWith("p\t", from) && !open.isEmpty()) {
      Fields f = new Fields(text, from + 2, to);
      long size = f.number();
      long time = f.number();
      String graph = f.next();
      if (!f.restIs(lastName) || lastName.indexOf('%') >= 0) {
        lastName = name(InjectManifest.unescape(f.rest()));
      }
      open.peek().pages.add(new PageRecord(lastName, size, time, graph));
      pages++;
    } else if (text.startsWith("d\t", from) && site == null) {
      Fields f = new Fields(text, from + 2, to);
      long time = f.number();
      char state = f.flag();
      if (state != '=' && state != '!') {
        throw new IllegalArgumentException("unknown folder state " + state);
      }
      folder(InjectManifest.unescape(f.rest()), time, state == '=');
    } else if (text.startsWith(GRAPHS, from) && open.isEmpty() && site == null) {
      String key = text.substring(from + GRAPHS.length(), to);
      graphsKey = key.isEmpty() ? Optional.empty() : Optional.of(InjectManifest.unescape(key));
    } else {
      throw new IllegalArgumentException("not a folder or page line");
    }
  }

  /** Opens the folder at {@code path}, closing the folders before it that it is not in. */
  private void folder(String path, long time, boolean listable) {
    int slash = path.lastIndexOf('/');
    while (!open.isEmpty() && !isParent(open.peek().path, path, slash)) {
      close();
    }
    if (open.isEmpty() != path.isEmpty() || site != null) {
      throw new IllegalArgumentException("folder without its parent: " + path);
    }
    String name = path.isEmpty() ? "" : name(path.substring(slash + 1));
    if (!open.isEmpty()) {
      FolderBuilder p = open.peek();
      if (name.compareTo(p.lastChild) <= 0) {
        throw new IllegalArgumentException("folder out of order: " + path);
      }
      p.lastChild = name;
    }
    open.push(new FolderBuilder(path, name, time, listable));
  }

  /** Whether {@code parent} is the folder that {@code path}, whose last slash is at {@code slash}, is in. */
  private static boolean isParent(String parent, String path, int slash) {
    return !path.isEmpty() && (parent.isEmpty() ? slash < 0 : slash == parent.length() && path.startsWith(parent));
  }

  /** Makes the innermost open folder's record and adds it to its parent's. */
  private void close() {
    FolderRecord done = open.pop().build();
    if (open.isEmpty()) {
      site = done;
    } else {
      open.peek().folders.add(done);
    }
  }

  /** Whether the end line was read: a manifest without it was cut short. */
  boolean ended() {
    return ended;
  }

  /** The key of the recorded run's graphs. */
  Optional<String> graphsKey() {
    return graphsKey;
  }

  /** How many pages the lines record. */
  int pages() {
    return pages;
  }

  /** The site's record, once every line is read; empty when the lines record no folder. */
  Optional<FolderRecord> site() {
    while (!open.isEmpty()) {
      close();
    }
    return Optional.ofNullable(site);
  }

  /** A folder whose lines are being read; its record is made when the folders in it are read. */
  private static final class FolderBuilder {
    final String path;
    final String name;
    final long time;
    final boolean listable;
    final List<PageRecord> pages = new ArrayList<>(1);
    final List<FolderRecord> folders = new ArrayList<>(0);
    String lastChild = "";

    FolderBuilder(String path, String name, long time, boolean listable) {
      this.path = path;
      this.name = name;
      this.time = time;
      this.listable = listable;
    }

    FolderRecord build() {
      return new FolderRecord(name, time, listable, pages, folders);
    }
  }

  /** The tab-separated fields of one line, read in place. */
  private static final class Fields {
    private final String text;
    private final int end;
    private int at;

    Fields(String text, int from, int to) {
      this.text = text;
      this.at = from;
      this.end = to;
    }

    /** The next field. */
    String next() {
      int tab = text.indexOf('\t', at);
      if (tab < 0 || tab >= end) {
        throw new IllegalArgumentException("a field is missing");
      }
      String field = text.substring(at, tab);
      at = tab + 1;
      return field;
    }

    /** The next field, a decimal number. */
    long number() {
      int tab = text.indexOf('\t', at);
      if (tab < 0 || tab >= end) {
        throw new IllegalArgumentException("a field is missing");
      }
      long n = Long.parseLong(text, at, tab, 10);
      at = tab + 1;
      return n;
    }

    /** A field of one character. */
    char flag() {
      if (at + 1 >= end || text.charAt(at + 1) != '\t') {
        throw new IllegalArgumentException("a field of one character is missing");
      }
      at += 2;
      return text.charAt(at - 2);
    }

    /** Whether the last field is {@code s}, as written. */
    boolean restIs(String s) {
      return end - at == s.length() && text.startsWith(s, at);
    }

    /** The last field: the rest of the line. */
    String rest() {
      return text.substring(at, end);
    }
  }

  /**
   * A page's or folder's name as the manifest may record it: one name in its folder, which a damaged
   * manifest could otherwise turn into a path out of the site.
   */
  private static String name(String name) {
    if (name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('/') >= 0 || name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("not a name in a folder: " + name);
    }
    return name;
  }
}
