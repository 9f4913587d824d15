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
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.geokern.jsonld.io.AtomicFiles;

/**
 * What {@link SiteInjector} knew about a site when it last left it: the site's {@link FolderRecord}
 * and the key of that run's graphs. The file is UTF-8 text, one line per folder followed by one line
 * per page in it:
 *
 * <pre>
 * # geo inject manifest v5 TAB fingerprint
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

  /** The line of the graphs key starts so. */
  static final String GRAPHS = "# graphs\t";

  /** The last line. */
  static final String END = "# end";

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
    ManifestReader reader = new ManifestReader();
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
    if (!reader.ended()) {
      return empty("manifest " + file + " is cut short (no end line): all pages processed");
    }
    return new InjectManifest(reader.site(), reader.graphsKey(), written,
        "manifest " + file + " used (" + reader.pages() + " pages recorded)");
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
