package nl.geokern.jsonld.html;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of injecting a JSON-LD block into one page.
 *
 * <p>{@code output} is the page as it should be written; when nothing changed it is the very input
 * array. Arrays compare by identity in records, so compare outputs with {@link java.util.Arrays#equals}.
 *
 * @param output the new page bytes
 * @param action what happened
 * @param offset byte offset of the block in {@code output}
 * @param blockLength length in bytes of the block in {@code output}
 * @param charset the page's encoding
 * @param existing other JSON-LD scripts in the page (not the geo block that was written)
 * @param warnings things the caller may want to report, such as a second geo block
 */
public record InjectionResult(
    byte[] output,
    Action action,
    int offset,
    int blockLength,
    PageCharset charset,
    List<ExistingJsonLd> existing,
    List<String> warnings) {

  /** What the injector did to a page. */
  public enum Action {
    /** A new block was inserted. */
    INSERTED,
    /** An existing geo block was replaced with a different one. */
    REPLACED,
    /** The page already held exactly this block. */
    UNCHANGED
  }

  /** Rejects nulls and copies the lists. */
  public InjectionResult {
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(charset, "charset");
    existing = List.copyOf(existing);
    warnings = List.copyOf(warnings);
  }

  /** Whether the output differs from the input. */
  public boolean changed() {
    return action != Action.UNCHANGED;
  }
}
