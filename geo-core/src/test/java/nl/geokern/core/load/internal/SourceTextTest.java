package nl.geokern.core.load.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.geokern.core.finding.Finding;
import org.junit.jupiter.api.Test;

/** Decoding gives the strict UTF-8 decoder's text, or a finding where that decoder fails. */
class SourceTextTest {

  private static Optional<String> strict(byte[] bytes, int start) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  @Test
  void decode_anyBytes_isStrictUtf8() {
    List<byte[]> pieces = List.of("a".getBytes(StandardCharsets.UTF_8), "é".getBytes(StandardCharsets.UTF_8),
        "\uFFFD".getBytes(StandardCharsets.UTF_8), "𝐀".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9},
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        new byte[] {'\n'}, new byte[] {0});
    qt().withExamples(3000).forAll(lists().of(arbitrary().pick(pieces)).ofSizeBetween(0, 12)).checkAssert(list -> {
      ByteBuffer all = ByteBuffer.allocate(list.stream().mapToInt(b -> b.length).sum());
      list.forEach(all::put);
      byte[] bytes = all.array();
      int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
          && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
      List<Finding> findings = new ArrayList<>();
      Optional<String> decoded = SourceText.decode(bytes, Path.of("a.md"), findings);
      assertEquals(strict(bytes, start), decoded);
      assertEquals(decoded.isEmpty() ? 1 : 0, findings.size());
    });
  }

  @Test
  void decode_replacementCharacterInValidText_kept() {
    List<Finding> findings = new ArrayList<>();
    assertEquals(Optional.of("a\uFFFDb"), SourceText.decode("a\uFFFDb".getBytes(StandardCharsets.UTF_8), Path.of("a.md"),
        findings));
    assertEquals(List.of(), findings);
  }
}
