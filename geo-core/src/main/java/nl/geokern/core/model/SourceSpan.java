package nl.geokern.core.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where something was read from: a file and a 1-based line and column.
 *
 * <p>Everything loaded from a file carries a span so that a finding can point a writer at the
 * exact place to fix. A value that has no known location uses {@link #UNKNOWN} rather than
 * {@code null}. Parsers that count from zero (flexmark, Jackson's byte offsets) convert in exactly
 * one place: {@link #fromZeroBased(Path, int, int)}.
 *
 * @param path the file, as given to the loader (usually relative to the project); {@code Path.of("")}
 *     when unknown
 * @param line 1-based line, or 0 when only the file is known
 * @param column 1-based column, or 0 when only the file or line is known
 */
public record SourceSpan(Path path, int line, int column) implements Comparable<SourceSpan> {

  /** The span of a value whose origin is not known (built in code, not loaded from a file). */
  public static final SourceSpan UNKNOWN = new SourceSpan(Path.of(""), 0, 0);

  /** Validates the span: non-null path, non-negative line and column, no column without a line. */
  public SourceSpan {
    Objects.requireNonNull(path, "path");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0: " + line + ":" + column);
    }
    if (line == 0 && column != 0) {
      throw new IllegalArgumentException("a column needs a line: 0:" + column);
    }
  }

  /** A span at the start of a file: the file is known, the position is not. */
  public static SourceSpan of(Path path) {
    return new SourceSpan(path, 0, 0);
  }

  /** A span at a 1-based line and column. */
  public static SourceSpan of(Path path, int line, int column) {
    return new SourceSpan(path, line, column);
  }

  /**
   * Converts a 0-based line and column (as flexmark reports them) into a span. This is the one place
   * where 0-based positions become 1-based ones.
   */
  public static SourceSpan fromZeroBased(Path path, int zeroBasedLine, int zeroBasedColumn) {
    if (zeroBasedLine < 0 || zeroBasedColumn < 0) {
      throw new IllegalArgumentException(
          "0-based positions must be >= 0: " + zeroBasedLine + ":" + zeroBasedColumn);
    }
    return new SourceSpan(path, zeroBasedLine + 1, zeroBasedColumn + 1);
  }

  /** Whether this span names a real file. */
  public boolean isKnown() {
    return !path.toString().isEmpty();
  }

  /** This span moved down by {@code lines} lines (for text embedded at an offset in a file). */
  public SourceSpan plusLines(int lines) {
    return line == 0 ? this : new SourceSpan(path, line + lines, column);
  }

  /** The compiler-style location: {@code path:line:col}, {@code path:line} or {@code path}. */
  @Override
  public String toString() {
    String p = path.toString().replace('\\', '/');
    if (line == 0) {
      return p;
    }
    return column == 0 ? p + ":" + line : p + ":" + line + ":" + column;
  }

  /** Orders by path, then line, then column. */
  @Override
  public int compareTo(SourceSpan other) {
    int c = path.toString().replace('\\', '/').compareTo(other.path.toString().replace('\\', '/'));
    if (c != 0) {
      return c;
    }
    c = Integer.compare(line, other.line);
    return c != 0 ? c : Integer.compare(column, other.column);
  }
}
