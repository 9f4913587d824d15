package nl.geokern.jsonld.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.geokern.jsonld.validate.SchemaOrgExamples.Example;
import org.junit.jupiter.api.Test;

/**
 * Every JSON-LD example published with schema.org 30.0 must use only terms the vocabulary index
 * knows: no unknown-type or unknown-property errors, except the few listed below with a reason.
 */
class SchemaOrgExamplesConformanceTest {

  /** Examples that legitimately use terms outside schema.org 30.0, with the reason. */
  private static final Map<String, String> ALLOWED = new TreeMap<>(Map.of(
      "eg-0291.jsonld", "a Recommendation has \"type\": \"Best for the Money\"; the schema.org context aliases type"
          + " to @type, so this is an unknown type (an error in the example)",
      "eg-0293.jsonld", "same Recommendation \"type\" text as eg-0291",
      "eg-0318.jsonld", "name written as a language map {\"en\": …}, which needs \"@container\": \"@language\";"
          + " the nodes also sit outside the array element that carries the @context",
      "noid-drug-example-1.jsonld", "uses indication, a retired (attic) property not in the current release tables",
      "noid-issue-4870-examples-1.jsonld", "issue 4870 proposes Digital Product Passport terms not in release 30.0",
      "noid-issue-4870-examples-1-part2.jsonld", "issue 4870 proposal, as above"));

  @Test
  void validate_schemaOrgExamplesUseOnlyKnownTerms() {
    Path folder = SchemaOrgExamples.folderOrSkip();
    List<Example> examples = SchemaOrgExamples.load(folder);
    JsonLdValidator validator = JsonLdValidator.create();

    int parsed = 0;
    List<String> withUnknownTerms = new ArrayList<>();
    List<String> unexpected = new ArrayList<>();
    Map<String, Integer> byRule = new TreeMap<>();
    for (Example ex : examples) {
      if (ex.json() == null) {
        continue;
      }
      parsed++;
      List<JsonLdIssue> findings = validator.validate(ex.json());
      boolean unknown = false;
      for (JsonLdIssue f : findings) {
        byRule.merge(f.ruleId() + " (" + f.severity().label() + ")", 1, Integer::sum);
        if (f.severity() == JsonLdIssue.Severity.ERROR && (f.ruleId().equals(JsonLdValidator.UNKNOWN_TYPE)
            || f.ruleId().equals(JsonLdValidator.UNKNOWN_PROPERTY))) {
          unknown = true;
          if (!ALLOWED.containsKey(ex.file())) {
            unexpected.add(ex.file() + ": " + f);
          }
        }
      }
      if (unknown) {
        withUnknownTerms.add(ex.file());
      }
    }
    System.out.println("schema.org examples: " + examples.size() + " files, " + parsed + " parsed, "
        + withUnknownTerms.size() + " with unknown terms, all allow-listed: " + ALLOWED.keySet()
        + "; " + unexpected.size() + " unexpected unknown-term findings");
    System.out.println("schema.org examples: findings by rule " + byRule);
    if (System.getProperty("geo.printFindings") != null) {
      for (Example ex : examples) {
        if (ex.json() != null) {
          validator.validate(ex.json()).stream()
              .filter(f -> f.ruleId().matches(System.getProperty("geo.printFindings")))
              .forEach(f -> System.out.println(ex.file() + ": " + f));
        }
      }
    }
    assertEquals(List.of(), unexpected);
  }
}
