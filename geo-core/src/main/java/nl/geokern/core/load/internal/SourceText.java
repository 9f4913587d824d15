package nl.geokern.core.load.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.model.SourceSpan;

/** Decodes a content file's bytes as strict UTF-8, reporting the line of the first bad byte. */
public final class SourceText {

  private SourceText() {}

  /**
   * The file's text without a leading byte order mark; empty with a {@code load.encoding} finding
   * when the bytes are not UTF-8.
   */
  public static Optional<String> decode(byte[] bytes, Path path, List<Finding> findings) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    // The JDK's lenient decoding is much faster; it differs from strict decoding only where it put
    // U+FFFD for bad bytes, so text without U+FFFD is the answer as it stands.
    String lenient = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    if (lenient.indexOf('\uFFFD') < 0) {
      return Optional.of(lenient);
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isUnderflow()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int bad = in.position();
      int line = 1;
      int lineStart = start;
      for (int i = start; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      // The column counts characters before the bad byte on its line, so it matches an editor's.
      int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
      findings.add(
          Finding.error(
              "load.encoding",
              SourceSpan.of(path, line, column),
              String.format("the file is not valid UTF-8: byte 0x%02X at offset %d", bytes[bad] & 0xFF, bad),
              "save the file as UTF-8 (most editors: 'Save with encoding' → UTF-8)"));
      return Optional.empty();
    }
    out.flip();
    return Optional.of(out.toString());
  }

}
