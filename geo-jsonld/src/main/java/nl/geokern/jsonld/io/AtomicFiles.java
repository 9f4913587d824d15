package nl.geokern.jsonld.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;

/**
 * Writes files whole or not at all, for every file geo writes: pages, reports, Markdown, manifests.
 *
 * <p>The bytes go to a temporary file in the target's own folder ({@code .name.<pid>-<thread>.geo-tmp}),
 * which is then renamed over the target ({@code ATOMIC_MOVE}, or a plain replace where the file system
 * cannot do that). A reader sees the old file or the new one, never part of one, and a failed write
 * removes its temporary file and leaves the target as it was. A replaced regular file keeps its POSIX
 * permissions; a new file gets the permissions the umask gives. Links are not followed: a link at the
 * target is replaced by the file.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * Writes {@code text} as UTF-8 unless the file already holds exactly those bytes.
   *
   * @return whether the file was written
   * @throws IOException when the file cannot be read, written or moved into place
   */
  public static boolean writeAtomically(Path target, String text) throws IOException {
    return writeAtomically(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes {@code bytes} unless the file already holds exactly those bytes, creating missing folders.
   *
   * @return whether the file was written
   * @throws IOException when the file cannot be read, written or moved into place
   */
  public static boolean writeAtomically(Path target, byte[] bytes) throws IOException {
    if (Files.isRegularFile(target) && Files.size(target) == bytes.length
        && Arrays.equals(Files.readAllBytes(target), bytes)) {
      return false;
    }
    Files.createDirectories(target.toAbsolutePath().getParent());
    replace(target, ByteBuffer.wrap(bytes));
    return true;
  }

  /**
   * Replaces {@code target} with {@code parts} written one after the other, whatever it holds now: for
   * a caller that already knows the bytes differ, such as the injector, which writes a page as the text
   * before its block, the block and the text after it. Each part is written from its position to its
   * limit, in one gathering write where the operating system allows.
   *
   * @return the attributes of the new file, read before the rename (which keeps them)
   * @throws IOException when the file cannot be written or moved into place
   */
  public static BasicFileAttributes replace(Path target, ByteBuffer... parts) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Set<PosixFilePermission> perms = permissions(target);
    Path tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
        + Thread.currentThread().getId() + ".geo-tmp");
    boolean moved = false;
    try {
      try {
        write(FileChannel.open(tmp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), creation(perms)),
            parts);
      } catch (FileAlreadyExistsException e) {
        // left over by a killed run of a process with the same id: not ours to remove, so another name
        tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".geo-tmp");
        write(FileChannel.open(tmp, StandardOpenOption.WRITE), parts);
      }
      BasicFileAttributes written;
      if (perms == null) {
        written = Files.readAttributes(tmp, BasicFileAttributes.class);
      } else {
        PosixFileAttributes posix = Files.readAttributes(tmp, PosixFileAttributes.class);
        // created with the target's permissions, but the umask may have removed some
        if (!posix.permissions().equals(perms)) {
          Files.setPosixFilePermissions(tmp, perms);
        }
        written = posix;
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
      return written;
    } finally {
      if (!moved) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /** The permissions of the regular file at {@code target}, or null (none yet, a link, no POSIX). */
  private static Set<PosixFilePermission> permissions(Path target) throws IOException {
    if (!target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return null;
    }
    try {
      PosixFileAttributes a = Files.readAttributes(target, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return a.isRegularFile() ? a.permissions() : null;
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private static FileAttribute<?>[] creation(Set<PosixFilePermission> perms) {
    return perms == null
        ? new FileAttribute<?>[0] : new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(perms)};
  }

  /** Writes every part and closes the channel: {@code Files.write} would cut the bytes into 8 KB writes. */
  private static void write(FileChannel channel, ByteBuffer[] parts) throws IOException {
    try (FileChannel ch = channel) {
      long left = 0;
      for (ByteBuffer b : parts) {
        left += b.remaining();
      }
      while (left > 0) {
        left -= ch.write(parts);
      }
    }
  }
}
