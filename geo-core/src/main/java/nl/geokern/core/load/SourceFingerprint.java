package nl.geokern.core.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A fingerprint of everything {@link ContentLoader} reads for a set of {@link LoadOptions}: the YAML
 * files, the posts' Markdown files (not images or other files beside them), and the FAQ headings.
 * Equal fingerprints mean the loader would build the same content, so work derived from the content
 * (such as the page graphs that {@code geo:inject} writes) can be reused.
 *
 * <p>Take it before loading: a file changed after the fingerprint was taken then shows as a new
 * fingerprint on the next run, never as stale reuse.
 */
public final class SourceFingerprint {

  private SourceFingerprint() {}

  /**
   * The SHA-256 of the sources, as hex; empty when one of them cannot be read (the loader then
   * reports it, and nothing is reused).
   */
  public static Optional<String> of(LoadOptions options) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    try {
      for (Path file : List.of(options.siteFile(), options.personasFile(), options.clustersFile(),
          options.calendarFile(), options.faqFile())) {
        add(md, file.getFileName().toString(), file);
      }
      Path posts = options.postsDirectory();
      if (Files.isDirectory(posts)) {
        for (Path f : ContentLoader.postFiles(posts)) {
          add(md, "posts/" + posts.relativize(f).toString().replace('\\', '/'), f);
        }
      } else {
        field(md, "posts: none");
      }
      field(md, "faqHeadings: " + String.join("\n", options.faqHeadings()));
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.of(HexFormat.of().formatHex(md.digest()));
  }

  /** Adds a file's name and bytes, or its absence, unambiguously. */
  private static void add(MessageDigest md, String name, Path file) throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      field(md, name + ": none");
      return;
    }
    field(md, name + ": " + bytes.length);
    md.update(bytes);
  }

  private static void field(MessageDigest md, String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    md.update((byte) (b.length >>> 24));
    md.update((byte) (b.length >>> 16));
    md.update((byte) (b.length >>> 8));
    md.update((byte) b.length);
    md.update(b);
  }
}
