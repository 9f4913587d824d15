package nl.geokern.core.load.internal;

import java.nio.file.Path;
import java.util.Arrays;
import nl.geokern.core.model.SourceSpan;

/**
 * Maps 0-based character offsets of a text (as flexmark reports them) to source spans.
 *
 * <p>The only conversion from flexmark's 0-based positions to 1-based spans goes through
 * {@link SourceSpan#fromZeroBased}.
 */
public final class LineIndex {

  private final Path path;
  private final int[] lineStarts;

  /** Indexes the line starts of {@code text}. */
  public LineIndex(Path path, String text) {
    this.path = path;
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n * 2);
      }
      starts[n++] = i + 1;
    }
    this.lineStarts = Arrays.copyOf(starts, n);
  }

  /** The span of a 0-based character offset. */
  public SourceSpan span(int offset) {
    int idx = Arrays.binarySearch(lineStarts, offset);
    int line = idx >= 0 ? idx : -idx - 2;
    return SourceSpan.fromZeroBased(path, line, offset - lineStarts[line]);
  }

  /** The 0-based line of an offset. */
  public int line(int offset) {
    int idx = Arrays.binarySearch(lineStarts, offset);
    return idx >= 0 ? idx : -idx - 2;
  }
}
