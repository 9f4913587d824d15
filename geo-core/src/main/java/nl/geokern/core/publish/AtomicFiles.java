package nl.geokern.core.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/** Writes files whole or not at all: a temporary file in the same folder, then a rename. */
public final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * Writes {@code text} as UTF-8 unless the file already holds exactly those bytes.
   *
   * @return whether the file was written
   */
  public static boolean writeAtomically(Path target, String text) throws IOException {
    return writeAtomically(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes {@code bytes} unless the file already holds exactly those bytes.
   *
   * @return whether the file was written
   */
  public static boolean writeAtomically(Path target, byte[] bytes) throws IOException {
    if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
      return false;
    }
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".geo-tmp");
    try {
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
    return true;
  }
}
