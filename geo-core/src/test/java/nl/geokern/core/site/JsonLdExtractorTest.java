package nl.geokern.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.model.SourceSpan;
import org.junit.jupiter.api.Test;

class JsonLdExtractorTest {

  private static final Path P = Path.of("site/index.html");

  @Test
  void extract_validBlocks_withPositionsAndGeoFlag() {
    String html = """
        <html><head>
          <script type=" Application/LD+JSON ; charset=utf-8">{"@type":"FAQPage"}</script>
        <script type="application/ld+json" data-geo="jsonld">[1]</script>
        <script>var x;</script>
        </head></html>""";
    List<JsonLdBlock> blocks = JsonLdExtractor.extract(P, html);
    assertEquals(2, blocks.size());
    assertEquals(SourceSpan.of(P, 2, 3), blocks.get(0).span());
    assertEquals(Map.of("@type", "FAQPage"), blocks.get(0).value().orElseThrow());
    assertEquals(false, blocks.get(0).geo());
    assertEquals(SourceSpan.of(P, 3, 1), blocks.get(1).span());
    assertEquals(true, blocks.get(1).geo());
    assertEquals(List.of(1L), blocks.get(1).value().orElseThrow());
  }

  @Test
  void extract_invalidJson_isSyntaxErrorAtPagePosition() {
    String html = "<head>\n<script type=application/ld+json>{\n  \"a\": 1,\n  \"b\" 2\n}</script>";
    List<JsonLdBlock> blocks = JsonLdExtractor.extract(P, html);
    assertEquals(1, blocks.size());
    Finding f = blocks.get(0).syntaxError().orElseThrow();
    assertEquals(JsonLdExtractor.SYNTAX_RULE, f.ruleId());
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(4, f.span().line());
    assertTrue(f.message().startsWith("JSON-LD script is not valid JSON: "), f.message());
    assertTrue(blocks.get(0).value().isEmpty());
  }

  @Test
  void extract_errorOnFirstLine_columnIsOffsetByTag() {
    String html = "<script type=application/ld+json>{x}</script>";
    Finding f = JsonLdExtractor.extract(P, html).get(0).syntaxError().orElseThrow();
    assertEquals(SourceSpan.of(P, 1, 35), f.span());
  }

  @Test
  void extract_bytes_readsCharset() {
    byte[] page = "<meta charset=windows-1252><script type=application/ld+json>\"caf\u00e9\"</script>"
        .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    assertEquals("caf\u00e9", JsonLdExtractor.extract(P, page).get(0).value().orElseThrow());
  }

  @Test
  void isJsonLdType_ignoresCaseWhitespaceAndParameters() {
    assertTrue(JsonLdExtractor.isJsonLdType(" APPLICATION/ld+json;charset=utf-8 "));
    assertEquals(false, JsonLdExtractor.isJsonLdType("application/json"));
  }
}
