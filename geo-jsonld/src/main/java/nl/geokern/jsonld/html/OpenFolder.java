package nl.geokern.jsonld.html;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * A folder held open, to stat names relative to it: the kernel then resolves a name or two instead of
 * the whole path, which is most of what a stat costs (see BENCHMARKS.md). Where the file system gives no
 * {@link SecureDirectoryStream}, names are stat'ed by their whole path. A link at the last name is never
 * followed. Thread-safe.
 */
final class OpenFolder implements AutoCloseable {

  private final Path folder;
  /** The open folder, or null where the file system cannot hold one open. */
  private final SecureDirectoryStream<Path> open;

  private OpenFolder(Path folder, SecureDirectoryStream<Path> open) {
    this.folder = folder;
    this.open = open;
  }

  /** Opens {@code folder}; one that cannot be opened is stat'ed into by whole paths, whose errors say why. */
  static OpenFolder open(Path folder) throws IOException {
    DirectoryStream<Path> stream;
    try {
      stream = Files.newDirectoryStream(folder);
    } catch (IOException e) {
      return new OpenFolder(folder, null);
    }
    if (stream instanceof SecureDirectoryStream<Path> secure) {
      return new OpenFolder(folder, secure);
    }
    stream.close();
    return new OpenFolder(folder, null);
  }

  /** The folder's path. */
  Path path() {
    return folder;
  }

  /** The attributes of {@code relative} ({@code /} between names) under the folder; empty when nothing is there. */
  Optional<BasicFileAttributes> stat(String relative) throws IOException {
    try {
      if (open == null) {
        return Optional.of(Files.readAttributes(folder.resolve(relative), BasicFileAttributes.class,
            LinkOption.NOFOLLOW_LINKS));
      }
      Path name = folder.getFileSystem().getPath(relative);
      return Optional.of(open.getFileAttributeView(name, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
          .readAttributes());
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() throws IOException {
    if (open != null) {
      open.close();
    }
  }
}
