package nl.geokern.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.geokern.core.rules.Rule;
import nl.geokern.core.rules.RuleRegistry;
import org.junit.jupiter.api.Test;

/** Every SARIF {@code helpUri} lands on an anchor of docs/rules.md in this repository. */
class RulesDocAnchorsTest {

  private static final Path RULES_DOC = Path.of("..", "docs", "rules.md");

  private static String anchorOf(String helpUri) {
    assertTrue(helpUri.startsWith(SarifReport.RULES_DOC + "#"), helpUri);
    return helpUri.substring(helpUri.indexOf('#') + 1);
  }

  @Test
  void helpUri_ofEveryEditorialRule_isAnAnchorInTheRulesDoc() throws IOException {
    String doc = Files.readString(RULES_DOC, StandardCharsets.UTF_8);
    List<String> missing = RuleRegistry.defaults().rules().stream()
        .map(Rule::id)
        .filter(id -> !doc.contains("<a id=\"" + anchorOf(SarifReport.helpUri(id)) + "\"></a>"))
        .toList();
    assertEquals(List.of(), missing, "rules without an <a id> anchor in " + RULES_DOC);
  }

  @Test
  void helpUri_ofOtherFindings_isTheirFamilysAnchorInTheRulesDoc() throws IOException {
    String doc = Files.readString(RULES_DOC, StandardCharsets.UTF_8);
    for (String id : List.of("load.yaml", "config.unknown-rule", "jsonld.unknown-type",
        "google.faqpage.missing-required", "inject.conflict")) {
      String anchor = anchorOf(SarifReport.helpUri(id));
      assertEquals(id.substring(0, id.indexOf('.')), anchor);
      assertTrue(doc.contains("<a id=\"" + anchor + "\"></a>"), anchor);
    }
  }
}
