package nl.geokern.jsonld.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import nl.geokern.jsonld.json.JsonLdWriter.Options;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Property: no string put into a FAQ question or answer can end the script element, add another
 * element, or change what the JSON says — for all four writer options.
 */
class ScriptTagSafetyPropertyTest {

  private static final List<Options> ALL_OPTIONS = List.of(
      Options.of(false, false), Options.of(false, true),
      Options.of(true, false), Options.of(true, true));

  /** Strings built from dangerous fragments, single arbitrary UTF-16 units and random text. */
  private static Gen<String> nastyStrings() {
    Gen<String> token = Generate.oneOf(
        Generate.pick(ScriptTagSafety.NASTY),
        Generate.characters(0, 0xFFFF).map((Character c) -> String.valueOf(c)), // includes lone surrogates
        strings().allPossible().ofLengthBetween(0, 6),
        strings().ascii().ofLengthBetween(0, 6));
    return lists().of(token).ofSizeBetween(0, 10).map(parts -> String.join("", parts));
  }

  @Test
  void scriptTag_answerCannotEscapeOrChangeMeaning() {
    qt().withExamples(1500).forAll(nastyStrings(), Generate.range(0, ALL_OPTIONS.size() - 1))
        .checkAssert((s, i) -> ScriptTagSafety.check(s, ALL_OPTIONS.get(i)));
  }

  @Test
  void scriptTag_eachNastyFragmentAlone() {
    for (String s : ScriptTagSafety.NASTY) {
      for (Options options : ALL_OPTIONS) {
        ScriptTagSafety.check(s, options);
      }
    }
  }

  @Test
  void decodeWtf8_readsLoneSurrogatesAndFallsBackToLatin1() {
    assertEquals("\uD800", ScriptTagSafety.decodeWtf8(new byte[] {(byte) 0xed, (byte) 0xa0,
        (byte) 0x80}));
    assertEquals("a\uD83D\uDE00", ScriptTagSafety.decodeWtf8(new byte[] {'a', (byte) 0xf0,
        (byte) 0x9f, (byte) 0x98, (byte) 0x80}));
    assertEquals("\u00ff\u00c3", ScriptTagSafety.decodeWtf8(new byte[] {(byte) 0xff, (byte) 0xc3}));
    assertEquals("é", ScriptTagSafety.decodeWtf8("é".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
