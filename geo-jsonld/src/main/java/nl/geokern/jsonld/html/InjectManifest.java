package nl.geokern.jsonld.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * What {@link SiteInjector} knew about a site when it last left it: every folder with its
 * modification time, every page with its size, modification time and graph hash, and the key of the
 * graphs of that run. The file is UTF-8 text, one line per folder followed by one line per page in it:
 *
 * <pre>
 * # geo inject manifest v4 TAB fingerprint
 * # graphs TAB key                       (empty when the caller gave no key)
 * d TAB time TAB state TAB folder         (the site folder itself is the empty path)
 * p TAB size TAB time TAB graph TAB name  (a page in that folder)
 * </pre>
 *
 * <p>Times are nanoseconds since the epoch. Folders are paths relative to the site with {@code /}
 * separators, each after its parent and before its parent's next sub-folder (depth first: the order
 * of the paths with {@code /} sorting before every other character), so a reader builds the tree in
 * one pass without looking a folder up by its path. In paths and names, {@code %}, tab, line feed and carriage return are written as
 * {@code %25 %09 %0A %0D}. A folder's state is {@code =} (it holds the pages and folders recorded under
 * it) or {@code !} (it holds a name that does not survive as text, so it is always listed). A page's
 * graph is the SHA-256 of its JSON text, {@code -} for a page the caller had no graph for, or
 * {@code !} for a page to process again (it failed).
 *
 * <p>Trust follows git's index: a recorded time is trusted only when it is older than the manifest
 * file itself, because a change within the same timestamp tick as the manifest's writing could keep
 * the recorded time.
 */
final class InjectManifest {

  /** First line of a manifest file; the fingerprint follows after a tab. */
  static final String HEADER = "# geo inject manifest v4";

  /** What every manifest header starts with, whatever its format version. */
  private static final String PREFIX = "# geo inject manifest v";

  private static final String GRAPHS = "# graphs\t";

  /** Graph of a page the caller had no JSON-LD for. */
  static final String NO_GRAPH = "-";

  /** Graph of a page that must be processed again. */
  static final String AGAIN = "!";

  /** A page as geo left it: its name in its folder, size, modification time in nanoseconds, and graph. */
  record Page(String name, long size, long time, String graph) {
    Page {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(graph, "graph");
    }

    /** A page to process again on the next run, whatever its attributes. */
    static Page again(String name) {
      return new Page(name, -1, 0, AGAIN);
    }

    /** A page the caller had no graph for: its attributes do not matter. */
    static Page withoutGraph(String name) {
      return new Page(name, -1, 0, NO_GRAPH);
    }

    /** Whether the page had a graph when geo left it (not none, not failed). */
    boolean hasGraph() {
      return !graph.equals(NO_GRAPH) && !graph.equals(AGAIN);
    }
  }

  /**
   * A folder as geo last saw it: its time in nanoseconds, whether its record can stand for a
   * listing, and its pages.
   */
  record Folder(long time, boolean listable, List<Page> pages) {
    Folder {
      pages = List.copyOf(pages);
    }
  }

  /**
   * A recorded folder in the tree the manifest describes: its name, its time, whether its record can
   * stand for a listing, its pages and its recorded sub-folders. The walk hands a folder's node to the
   * task that visits it, so no folder is looked up by its path. A node is small: its pages stay in the
   * manifest's page table, and a {@link Page} is made only when the walk asks for one, so what an
   * unchanged run keeps alive is a few arrays, not an object per page.
   */
  static final class Known {
    private final Known parent;
    private final String name;
    private final long time;
    private final boolean listable;
    private final PageTable table;
    private final int firstPage;
    private final int pageCount;
    private List<Known> children = List.of();
    /** The sub-folders by name, built when a listed folder first asks; only its own task asks. */
    private Map<String, Known> byName;

    Known(Known parent, String name, long time, boolean listable, PageTable table, int firstPage, int pageCount) {
      this.parent = parent;
      this.name = name;
      this.time = time;
      this.listable = listable;
      this.table = table;
      this.firstPage = firstPage;
      this.pageCount = pageCount;
    }

    /** The folder's path relative to the site, {@code ""} for the site itself; made on each call. */
    String rel() {
      return parent == null ? "" : InjectManifest.child(parent.rel(), name);
    }

    /** The folder's own name, {@code ""} for the site itself. */
    String name() {
      return name;
    }

    /** The folder's recorded time in nanoseconds. */
    long time() {
      return time;
    }

    /** Whether the record can stand for a listing (every name in it survives as text). */
    boolean listable() {
      return listable;
    }

    /** How many pages are recorded in the folder. */
    int pageCount() {
      return pageCount;
    }

    /** The name of recorded page {@code i}, without making the page. */
    String pageName(int i) {
      Objects.checkIndex(i, pageCount);
      return table.name[firstPage + i];
    }

    /** The recorded size of page {@code i}. */
    long pageSize(int i) {
      Objects.checkIndex(i, pageCount);
      return table.size[firstPage + i];
    }

    /** The recorded time of page {@code i}, in nanoseconds. */
    long pageTime(int i) {
      Objects.checkIndex(i, pageCount);
      return table.time[firstPage + i];
    }

    /** Whether page {@code i}'s recorded graph is {@code graph}, without making the page. */
    boolean pageGraphIs(int i, String graph) {
      Objects.checkIndex(i, pageCount);
      int from = table.graphAt[firstPage + i];
      return table.text.startsWith(graph, from) && table.text.charAt(from + graph.length()) == '\t';
    }

    /** Recorded page {@code i} of the folder, {@code 0 <= i < pageCount()}, in the manifest's order. */
    Page page(int i) {
      Objects.checkIndex(i, pageCount);
      return table.page(firstPage + i);
    }

    /** The folder's whole record, made on each call. */
    Folder folder() {
      Page[] pages = new Page[pageCount];
      for (int i = 0; i < pageCount; i++) {
        pages[i] = page(i);
      }
      return new Folder(time, listable, List.of(pages));
    }

    /** The recorded sub-folders, in the manifest's order. */
    List<Known> children() {
      return children;
    }

    private void add(Known child) {
      if (children.isEmpty()) {
        children = new ArrayList<>(2);
      }
      children.add(child);
    }

    /** The recorded sub-folder of that name, or null. */
    Known child(String childName) {
      if (children.size() <= 8) {
        for (Known k : children) {
          if (k.name.equals(childName)) {
            return k;
          }
        }
        return null;
      }
      if (byName == null) {
        Map<String, Known> m = new HashMap<>(children.size() * 4 / 3 + 1);
        children.forEach(k -> m.put(k.name, k));
        byName = m;
      }
      return byName.get(childName);
    }
  }

  /**
   * Every recorded page, in the manifest's order: sizes and times as numbers, names as strings (most
   * pages share one), and each graph where it stands in the manifest's text, which is kept.
   */
  static final class PageTable {
    /** The manifest's bytes, one to a char. */
    private final String text;
    private long[] size;
    private long[] time;
    private int[] graphAt;
    private String[] name;
    private int count;

    PageTable(String text, int expected) {
      this.text = text;
      int n = Math.max(16, expected);
      size = new long[n];
      time = new long[n];
      graphAt = new int[n];
      name = new String[n];
    }

    private void add(long pageSize, long pageTime, int graphFrom, String pageName) {
      if (count == size.length) {
        int n = count * 2;
        size = Arrays.copyOf(size, n);
        time = Arrays.copyOf(time, n);
        graphAt = Arrays.copyOf(graphAt, n);
        name = Arrays.copyOf(name, n);
      }
      size[count] = pageSize;
      time[count] = pageTime;
      graphAt[count] = graphFrom;
      name[count] = pageName;
      count++;
    }

    /** Page {@code i}; its graph's field ends at the tab before its name. */
    Page page(int i) {
      int from = graphAt[i];
      return new Page(name[i], size[i], time[i], text.substring(from, text.indexOf('\t', from)));
    }
  }

  private final Known root;
  private final int folderCount;
  private final Optional<String> graphsKey;
  private final long written;
  private final String status;

  private InjectManifest(Known root, int folderCount, Optional<String> graphsKey, long written, String status) {
    this.root = root;
    this.folderCount = folderCount;
    this.graphsKey = graphsKey;
    this.written = written;
    this.status = status;
  }

  /** A manifest that knows nothing, with the status saying why. */
  static InjectManifest empty(String status) {
    return new InjectManifest(null, 0, Optional.empty(), Long.MIN_VALUE, status);
  }

  /** How the manifest was used, for the result. */
  String status() {
    return status;
  }

  /** The site folder's record, or null when the manifest has none. */
  Known root() {
    return root;
  }

  /** How many folders are recorded. */
  int folderCount() {
    return folderCount;
  }

  /** Whether the graphs of the recorded run had this key: then a recorded graph is still the page's. */
  boolean sameGraphs(Optional<String> key) {
    return key.isPresent() && key.equals(graphsKey);
  }

  /** Whether the recorded run had this graphs key (both may have none). */
  boolean graphsKey(Optional<String> key) {
    return graphsKey.equals(key);
  }

  /** Whether a folder's time read now is the one recorded and old enough to trust (see the class comment). */
  boolean trusts(long recorded, FileTime now) {
    long t = nanos(now);
    return recorded == t && old(t);
  }

  /** Whether a page read now, with these attributes, is as recorded and old enough to trust. */
  boolean trusts(Page recorded, long size, FileTime now) {
    return trusts(recorded.size(), recorded.time(), size, now);
  }

  /** Whether a page read now, with these attributes, has the recorded size and time, old enough to trust. */
  boolean trusts(long recordedSize, long recordedTime, long size, FileTime now) {
    long t = nanos(now);
    return recordedSize == size && recordedTime == t && old(t);
  }

  /** Older than the manifest, and not a time saturated far from the epoch. */
  private boolean old(long time) {
    return time < written && time != Long.MIN_VALUE;
  }

  /** A file time in nanoseconds since the epoch, saturated far from it (never trusted then). */
  static long nanos(FileTime time) {
    return time.to(TimeUnit.NANOSECONDS);
  }

  /**
   * Reads {@code file}; a missing, foreign, outdated or damaged manifest yields an empty one saying why.
   * Only names, paths, the key and the header are decoded as UTF-8, and bytes that are not UTF-8 in
   * them make the manifest damaged.
   */
  static InjectManifest read(Path file, String fingerprint) {
    if (!Files.isRegularFile(file)) {
      return empty("no manifest at " + file + " yet: all pages processed");
    }
    String text;
    long written;
    try {
      written = nanos(Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS));
      // the bytes one to a char: every byte is a char in ISO 8859-1, and the JDK need not copy them
      text = Files.readString(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the manifest " + file + " failed", e);
    }
    int eol = text.indexOf('\n');
    String first = new String(text.substring(0, eol < 0 ? text.length() : eol).getBytes(StandardCharsets.ISO_8859_1),
        StandardCharsets.UTF_8);
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
    Part part = Part.parse(text, eol < 0 ? text.length() : eol + 1, text.length());
    if (part.damagedAt >= 0) {
      int line = 1;
      for (int i = text.indexOf('\n'); i >= 0 && i < part.damagedAt; i = text.indexOf('\n', i + 1)) {
        line++;
      }
      return empty("manifest " + file + " is damaged at line " + line
          + " (expected a folder or page record): all pages processed");
    }
    return new InjectManifest(part.root, part.folderCount, part.key, written,
        "manifest " + file + " used (" + part.table.count + " pages recorded)");
  }

  /**
   * The depth-first order of folder paths: {@code /} sorts before every other character, so a
   * folder's sub-folders follow it directly ({@code a}, {@code a/b}, {@code a-b}).
   */
  static final Comparator<String> TREE_ORDER = (a, b) -> {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        return x == '/' ? -1 : y == '/' ? 1 : Character.compare(x, y);
      }
    }
    return Integer.compare(a.length(), b.length());
  };

  /** The records of a manifest's lines, as a tree of folders. */
  private static final class Part {
    Known root;
    int folderCount;
    Optional<String> key = Optional.empty();
    final PageTable table;
    /** Where the first damaged line starts, or -1. */
    int damagedAt = -1;

    /** The folder being read and its ancestors, innermost first. */
    private final ArrayDeque<Known> open = new ArrayDeque<>();
    /** Their paths relative to the site. */
    private final ArrayDeque<String> openRel = new ArrayDeque<>();
    private String folder;
    private String folderName;
    private long folderTime;
    private boolean listable;
    private int firstPage;

    private Part(String text) {
      table = new PageTable(text, text.length() / 96); // a page line is about 100 bytes
    }

    /**
     * Reads the lines in {@code text[from, to)}; {@code from} starts a line. {@code text} holds the
     * manifest's bytes one to a char (ISO 8859-1), so that lines and fields are found with the string
     * searches the JDK makes fast, and names and paths are decoded from UTF-8 only where they are not
     * ASCII.
     */
    static Part parse(String text, int from, int to) {
      Part part = new Part(text);
      String lastName = null;
      for (int at = from, eol; at < to; at = eol + 1) {
        eol = text.indexOf('\n', at);
        if (eol < 0 || eol > to) {
          eol = to;
        }
        int end = eol;
        // fields are read in place: a line as a string of its own would copy the whole file once more
        try {
          if (text.startsWith("p\t", at) && part.folder != null) {
            int t1 = field(text, at + 2, end);
            int t2 = field(text, t1 + 1, end);
            int t3 = field(text, t2 + 1, end);
            // most pages share a name (index.html): one string serves them all
            String name;
            if (lastName != null && end - t3 - 1 == lastName.length() && text.startsWith(lastName, t3 + 1)) {
              name = lastName;
            } else {
              name = name(unescape(decode(text, t3 + 1, end)));
              lastName = name.indexOf('%') < 0 && isAscii(name) ? name : null; // reused where it reads as written
            }
            part.table.add(number(text, at + 2, t1), number(text, t1 + 1, t2), t2 + 1, name);
          } else if (text.startsWith("d\t", at)) {
            part.close();
            int t1 = field(text, at + 2, end);
            int t2 = field(text, t1 + 1, end);
            part.folderTime = number(text, at + 2, t1);
            if (t2 != t1 + 2 || (text.charAt(t1 + 1) != '=' && text.charAt(t1 + 1) != '!')) {
              throw new IllegalArgumentException("unknown folder state");
            }
            part.listable = text.charAt(t1 + 1) == '=';
            String rel = unescape(decode(text, t2 + 1, end));
            if (part.folder != null && TREE_ORDER.compare(part.folder, rel) >= 0) {
              throw new IllegalArgumentException("folder out of order: " + rel);
            }
            part.folder = rel;
            part.folderName = rel.isEmpty() ? "" : name(rel.substring(rel.lastIndexOf('/') + 1));
            part.firstPage = part.table.count;
          } else if (text.startsWith(GRAPHS, at)) {
            String k = decode(text, at + GRAPHS.length(), end);
            part.key = k.isEmpty() ? Optional.empty() : Optional.of(unescape(k));
          } else {
            throw new IllegalArgumentException("not a folder or page line");
          }
        } catch (RuntimeException e) {
          // a folder's record stands for its listing, so a record with a hole could hide a page
          part.damagedAt = at;
          return part;
        }
      }
      try {
        part.close();
      } catch (RuntimeException e) {
        part.damagedAt = to;
      }
      return part;
    }

    /** Adds the folder just read to the tree, under its parent: the innermost open folder that is one. */
    private void close() {
      if (folder == null) {
        return;
      }
      int pages = table.count - firstPage;
      Known k;
      if (folder.isEmpty()) {
        k = new Known(null, "", folderTime, listable, table, firstPage, pages);
        root = k;
      } else {
        int slash = folder.lastIndexOf('/');
        while (!open.isEmpty() && !isParent(openRel.peek(), folder, slash)) {
          open.pop();
          openRel.pop();
        }
        if (open.isEmpty()) {
          throw new IllegalArgumentException("folder without its parent: " + folder);
        }
        Known parent = open.peek();
        k = new Known(parent, folderName, folderTime, listable, table, firstPage, pages);
        parent.add(k);
      }
      open.push(k);
      openRel.push(folder);
      folderCount++;
    }

    /** Whether {@code parent} is the folder that {@code rel}, whose last slash is at {@code slash}, is in. */
    private static boolean isParent(String parent, String rel, int slash) {
      return parent.isEmpty() ? slash < 0 : slash == parent.length() && rel.startsWith(parent);
    }
  }

  /**
   * A page's or folder's name as the manifest may record it: one name in its folder, which a
   * damaged manifest could otherwise turn into a path out of the site.
   */
  private static String name(String name) {
    if (name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('/') >= 0 || name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("not a name in a folder: " + name);
    }
    return name;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code text[from, to)}, bytes held one to a char, as UTF-8; bytes that are not UTF-8 are an error,
   * not replaced.
   */
  private static String decode(String text, int from, int to) {
    String field = text.substring(from, to);
    if (isAscii(field)) {
      return field;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .decode(java.nio.ByteBuffer.wrap(field.getBytes(StandardCharsets.ISO_8859_1))).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalArgumentException("not UTF-8", e);
    }
  }

  /** The index of the tab that ends the field starting at {@code from}, which must be before {@code end}. */
  private static int field(String text, int from, int end) {
    int tab = text.indexOf('\t', from);
    if (tab < 0 || tab >= end) {
      throw new IllegalArgumentException("a field is missing");
    }
    return tab;
  }

  /** Writes a manifest with these folders to {@code file}, atomically. */
  static void write(Path file, String fingerprint, Optional<String> graphsKey, Map<String, Folder> folders)
      throws IOException {
    StringBuilder sb = new StringBuilder(128 + folders.size() * 200)
        .append(HEADER).append('\t').append(fingerprint).append('\n')
        .append(GRAPHS).append(graphsKey.map(InjectManifest::escape).orElse("")).append('\n');
    SortedMap<String, Folder> sorted;
    if (folders instanceof SortedMap<String, Folder> given && given.comparator() == TREE_ORDER) {
      sorted = given;
    } else {
      sorted = new TreeMap<>(TREE_ORDER);
      sorted.putAll(folders);
    }
    sorted.forEach((path, f) -> {
      sb.append("d\t").append(f.time()).append('\t').append(f.listable() ? '=' : '!').append('\t')
          .append(escape(path)).append('\n');
      Page[] pages = f.pages().toArray(new Page[0]);
      Arrays.sort(pages, Comparator.comparing(Page::name));
      for (Page p : pages) {
        sb.append("p\t").append(p.size()).append('\t').append(p.time()).append('\t').append(p.graph())
            .append('\t').append(escape(p.name())).append('\n');
      }
    });
    Path m = file.toAbsolutePath();
    Files.createDirectories(m.getParent());
    SiteInjector.writeAtomically(m, sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The decimal number in {@code s[from, to)}, optionally negative, as {@link Long#parseLong} reads it
   * (without a plus sign); a manifest holds one or two per line, and nanosecond times have 19 digits.
   */
  static long number(String s, int from, int to) {
    boolean negative = to > from && s.charAt(from) == '-';
    int i = negative ? from + 1 : from;
    if (i >= to) {
      throw new NumberFormatException("not a number: \"" + s.substring(from, to) + "\"");
    }
    // accumulated negatively, as Long.parseLong does, so that Long.MIN_VALUE fits
    long limit = negative ? Long.MIN_VALUE : -Long.MAX_VALUE;
    long multmin = negative ? Long.MIN_VALUE / 10 : -Long.MAX_VALUE / 10;
    long v = 0;
    for (; i < to; i++) {
      int d = s.charAt(i) - '0';
      if (d < 0 || d > 9 || v < multmin) {
        throw new NumberFormatException("not a number: \"" + s.substring(from, to) + "\"");
      }
      v *= 10;
      if (v < limit + d) {
        throw new NumberFormatException("not a number: \"" + s.substring(from, to) + "\"");
      }
      v -= d;
    }
    return negative ? v : -v;
  }

  /** A child's path relative to the site. */
  static String child(String folder, String name) {
    return folder.isEmpty() ? name : folder + "/" + name;
  }

  static String escape(String s) {
    if (s.indexOf('%') < 0 && s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
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
      if (i + 2 >= s.length()) {
        throw new IllegalArgumentException("cut escape in " + s);
      }
      String hex = s.substring(i + 1, i + 3);
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
