package nl.geokern.jsonld.schema;

import com.code_intelligence.jazzer.junit.FuzzTest;
import nl.geokern.jsonld.json.JsonLdWriter.Options;

/**
 * Fuzz test: no string put into a FAQ question or answer can break out of the script element or
 * change the JSON's meaning.
 *
 * <p>In a normal test run Jazzer replays the seed inputs in {@code
 * src/test/resources/nl/geokern/jsonld/schema/ScriptTagSafetyFuzzTestInputs/answerSurvivesScriptTag/}
 * (one input per file, decoded as generalized UTF-8 so a file can hold a lone surrogate as {@code ED
 * A0 80}). To fuzz for real: {@code JAZZER_FUZZ=1 mvn -pl geo-jsonld test
 * -Dtest=ScriptTagSafetyFuzzTest -Djazzer.hooks=true} (hooks are off for plain runs, see {@code
 * junit-platform.properties}, and coverage needs them); add any crash it finds to the seed
 * directory.
 */
class ScriptTagSafetyFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void answerSurvivesScriptTag(byte[] data) {
    String s = ScriptTagSafety.decodeWtf8(data);
    ScriptTagSafety.check(s, Options.of(false, false));
    ScriptTagSafety.check(s, Options.of(false, true));
    ScriptTagSafety.check(s, Options.of(true, false));
    ScriptTagSafety.check(s, Options.of(true, true));
  }
}
