package nl.geokern.jsonld.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.geokern.jsonld.io.AtomicFiles;

/**
 * What {@link SiteInjector} knew about a site when it last left it: the site's {@link FolderRecord}
 * and the key of that run's graphs. The file is UTF-8 text, one line per folder followed by one line
 * per page in it:
 *
 * <pre>
 * # geo inject manifest v4 TAB fingerprint
 * # graphs TAB key                       (empty when the caller gave no key)
 * d TAB time TAB state TAB folder         (the site folder itself is the empty path)
 * p TAB size TAB time TAB graph TAB name  (a page in that folder)
 * # end                                  (the last line: a manifest without it was cut short)
 * </pre>
 *
 * <p>Folders are paths relative to the site with {@code /} separators, each right after its parent,
 * sub-folders by name: depth first. In paths and names, {@code %}, tab, line feed and carriage return
 * are written as {@code %25 %09 %0A %0D}. A folder's state is {@code =} or {@code !} (see
 * {@link FolderRecord#listable()}). Any line that does not fit makes the whole manifest damaged: a
 * folder's record stands for its listing, so a record with a hole could hide a page.
 *
 * <p>Trust follows git's index: a recorded time is trusted only when it is older than the manifest file
 * itself, because a change within the same timestamp tick as the manifest's writing could keep it.
 */
final class InjectManifest {

  /** First line of a manifest file; the fingerprint follows after a tab. */
  static final String HEADER = "# geo inject manifest v5";

  /** What every manifest header starts with, whatever its format version. */
  private static final String PREFIX = "# geo inject manifest v";

  private static final String GRAPHS = "# graphs\t";

  private static final String END = "# end";

  private final Optional<FolderRecord> site;
  private final Optional<String> graphsKey;
  private final long written;
  private final String status;

  private InjectManifest(Optional<FolderRecord> site, Optional<String> graphsKey, long written, String status) {
    this.site = site;
    this.graphsKey = graphsKey;
    this.written = written;
    this.status = status;
  }

  /** A manifest that knows nothing, with the status saying why. */
  static InjectManifest empty(String status) {
    return new InjectManifest(Optional.empty(), Optional.empty(), Long.MIN_VALUE, status);
  }

  /** The site folder's record; empty when the manifest has none. */
  Optional<FolderRecord> site() {
    return site;
  }

  /** How the manifest was used, for the result. */
  String status() {
    return status;
  }

  /** Whether the recorded run had this graphs key: then a recorded graph is still the page's. */
  boolean sameGraphs(Optional<String> key) {
    return key.isPresent() && key.equals(graphsKey);
  }

  /** Whether a manifest of {@code next} with {@code key} would record what this one does. */
  boolean records(FolderRecord next, Optional<String> key) {
    return site.isPresent() && site.get().equals(next) && graphsKey.equals(key);
  }

  /** Whether a folder's time read now is the recorded one and old enough to trust. */
  boolean trusts(long recorded, FileTime now) {
    long t = nanos(now);
    return recorded == t && t < written && t != Long.MIN_VALUE; // MIN_VALUE: saturated, far from the epoch
  }

  /** Whether a page with these attributes is as recorded, at a time old enough to trust. */
  boolean trusts(PageRecord recorded, BasicFileAttributes now) {
    return recorded.size() == now.size() && trusts(recorded.time(), now.lastModifiedTime());
  }

  /** A file time in nanoseconds since the epoch, saturated far from it. */
  static long nanos(FileTime time) {
    return time.to(TimeUnit.NANOSECONDS);
  }

  /** Reads {@code file}; a missing, foreign, outdated or damaged manifest yields an empty one saying why. */
  static InjectManifest read(Path file, String fingerprint) {
    if (!Files.isRegularFile(file)) {
      return empty("no manifest at " + file + " yet: all pages processed");
    }
    String text;
    long written;
    try {
      written = nanos(Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS));
      text = Files.readString(file);
    } catch (CharacterCodingException e) {
      return empty("manifest " + file + " is damaged (not UTF-8 text): all pages processed");
    } catch (IOException e) {
      throw new UncheckedIOException("reading the manifest " + file + " failed", e);
    }
    int eol = text.indexOf('\n');
    String first = eol < 0 ? text : text.substring(0, eol);
    if (!first.startsWith(PREFIX)) {
      return empty("manifest " + file + " is not a geo manifest: all pages processed");
    }
    if (!first.startsWith(HEADER + "\t")) {
      int tab = first.indexOf('\t');
      return empty("manifest format changed (was \"" + (tab < 0 ? first : first.substring(0, tab))
          + "\", now \"" + HEADER + "\"): all pages processed");
    }
    if (!first.equals(HEADER + "\t" + fingerprint)) {
      return empty("fingerprint changed (was \"" + first.substring(HEADER.length() + 1) + "\", now \""
          + fingerprint + "\"): all pages processed");
    }
    TreeReader reader = new TreeReader();
    int line = 2;
    try {
      for (int at = eol + 1; eol >= 0 && at < text.length(); at = eol + 1, line++) {
        eol = text.indexOf('\n', at);
        reader.line(text, at, eol < 0 ? text.length() : eol);
      }
    } catch (RuntimeException e) {
      return empty("manifest " + file + " is damaged at line " + line
          + " (expected a folder or page record): all pages processed");
    }
    if (!reader.ended) {
      return empty("manifest " + file + " is cut short (no end line): all pages processed");
    }
    return new InjectManifest(reader.site(), reader.graphsKey, written,
        "manifest " + file + " used (" + reader.pages + " pages recorded)");
  }

  /** Builds the tree of records from the lines, depth first: each folder line closes the folders it is not in. */
  private static final class TreeReader {
    private Optional<String> graphsKey = Optional.empty();
    private int pages;
    private boolean ended;
    /** The folder being read and its ancestors, innermost first. */
    private final Deque<FolderBuilder> open = new ArrayDeque<>();
    private FolderRecord site;
    /** The last page name read: most folders hold an index.html, which one string serves. */
    private String lastName = "index.html";

    void line(String text, int from, int to) {
      if (ended) {
        throw new IllegalArgumentException("a line after the end");
      }
      if (text.startsWith(END, from) && to - from == END.length()) {
        ended = true;
        return;
      }
      Fields f = new Fields(text, from, to);
      String kind = f.next();
      if (kind.equals("p") && !open.isEmpty()) {
        long size = f.number();
        long time = f.number();
        String graph = f.next();
        String name = f.rest();
        lastName = name.indexOf('%') < 0 && name.equals(lastName) ? lastName : name(unescape(name));
        open.peek().pages.add(new PageRecord(lastName, size, time, graph));
        pages++;
      } else if (kind.equals("d") && site == null) {
        long time = f.number();
        String state = f.next();
        if (!state.equals("=") && !state.equals("!")) {
          throw new IllegalArgumentException("unknown folder state " + state);
        }
        folder(unescape(f.rest()), time, state.equals("="));
      } else if (kind.equals("# graphs") && open.isEmpty() && site == null) {
        String key = f.rest();
        graphsKey = key.isEmpty() ? Optional.empty() : Optional.of(unescape(key));
      } else {
        throw new IllegalArgumentException("not a folder or page line");
      }
    }

    /** Opens the folder at {@code path}, closing the folders before it that it is not in. */
    private void folder(String path, long time, boolean listable) {
      String parent = path.isEmpty() ? null : path.substring(0, Math.max(0, path.lastIndexOf('/')));
      while (!open.isEmpty() && !open.peek().path.equals(parent)) {
        close();
      }
      if (open.isEmpty() != (parent == null) || site != null) {
        throw new IllegalArgumentException("folder without its parent: " + path);
      }
      String name = path.isEmpty() ? "" : name(path.substring(path.lastIndexOf('/') + 1));
      if (parent != null) {
        FolderBuilder p = open.peek();
        if (name.compareTo(p.lastChild) <= 0) {
          throw new IllegalArgumentException("folder out of order: " + path);
        }
        p.lastChild = name;
      }
      open.push(new FolderBuilder(path, name, time, listable));
    }

    private void close() {
      FolderRecord done = open.pop().build();
      if (open.isEmpty()) {
        site = done;
      } else {
        open.peek().folders.add(done);
      }
    }

    Optional<FolderRecord> site() {
      while (!open.isEmpty()) {
        close();
      }
      return Optional.ofNullable(site);
    }
  }

  /** A folder whose lines are being read; its record is made when the folders in it are read. */
  private static final class FolderBuilder {
    final String path;
    final String name;
    final long time;
    final boolean listable;
    final List<PageRecord> pages = new ArrayList<>(1);
    final List<FolderRecord> folders = new ArrayList<>();
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

    String next() {
      int tab = text.indexOf('\t', at);
      if (tab < 0 || tab >= end) {
        throw new IllegalArgumentException("a field is missing");
      }
      String field = text.substring(at, tab);
      at = tab + 1;
      return field;
    }

    long number() {
      int tab = text.indexOf('\t', at);
      if (tab < 0 || tab >= end) {
        throw new IllegalArgumentException("a field is missing");
      }
      long n = Long.parseLong(text, at, tab, 10);
      at = tab + 1;
      return n;
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

  /** Writes a manifest of {@code site} to {@code file}, atomically, creating its folder. */
  static void write(Path file, String fingerprint, Optional<String> graphsKey, FolderRecord site) throws IOException {
    StringBuilder sb = new StringBuilder(4096)
        .append(HEADER).append('\t').append(fingerprint).append('\n')
        .append(GRAPHS).append(graphsKey.map(InjectManifest::escape).orElse("")).append('\n');
    append(sb, "", site);
    sb.append(END).append('\n');
    Path m = file.toAbsolutePath();
    Files.createDirectories(m.getParent());
    AtomicFiles.replace(m, ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /** Appends the lines of {@code folder} at {@code path}, then its sub-folders': the order the reader wants. */
  private static void append(StringBuilder sb, String path, FolderRecord folder) {
    sb.append("d\t").append(folder.time()).append('\t').append(folder.listable() ? '=' : '!').append('\t')
        .append(escape(path)).append('\n');
    for (PageRecord p : folder.pages()) {
      sb.append("p\t").append(p.size()).append('\t').append(p.time()).append('\t').append(p.graph())
          .append('\t').append(escape(p.name())).append('\n');
    }
    for (FolderRecord sub : folder.folders()) {
      append(sb, path.isEmpty() ? sub.name() : path + "/" + sub.name(), sub);
    }
  }

  static String escape(String s) {
    return s.replace("%", "%25").replace("\t", "%09").replace("\n", "%0A").replace("\r", "%0D");
  }

  static String unescape(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '%') {
        sb.append(c);
        continue;
      }
      String hex = s.substring(i + 1, Math.min(s.length(), i + 3));
      switch (hex) {
        case "25" -> sb.append('%');
        case "09" -> sb.append('\t');
        case "0A" -> sb.append('\n');
        case "0D" -> sb.append('\r');
        default -> throw new IllegalArgumentException("unknown escape %" + hex + " in " + s);
      }
      i += 2;
    }
    return sb.toString();
  }
}
