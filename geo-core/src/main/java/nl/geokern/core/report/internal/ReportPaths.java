package nl.geokern.core.report.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Shows file paths the way reports do: project-relative, forward slashes. */
public final class ReportPaths {

  private ReportPaths() {}

  /**
   * The path relative to {@code base} when it lies inside it, else as given; forward slashes;
   * empty for an unknown (empty) path. A relative path is taken to be project-relative already.
   */
  public static String relative(Path base, Path path) {
    if (path.toString().isEmpty()) {
      return "";
    }
    Path shown = path.normalize();
    if (path.isAbsolute()) {
      Path absoluteBase = base.toAbsolutePath().normalize();
      if (shown.startsWith(absoluteBase)) {
        shown = absoluteBase.relativize(shown);
      }
    }
    return shown.toString().replace('\\', '/');
  }

  /**
   * A URI reference for a shown path: relative paths are percent-encoded (spaces, non-ASCII),
   * absolute ones become {@code file:} URIs.
   */
  public static String uri(Path base, Path path) {
    String shown = relative(base, path);
    if (path.isAbsolute() && Path.of(shown).isAbsolute()) {
      return path.normalize().toUri().toASCIIString();
    }
    try {
      return new URI(null, null, shown, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("path cannot be made a URI: " + shown, e);
    }
  }
}
