package nl.geokern.jsonld.validate;

import java.util.List;
import nl.geokern.jsonld.json.JsonValues;

/** Shared helpers for the validator's unit tests. */
final class Fixtures {

  private static final JsonLdValidator VALIDATOR = JsonLdValidator.create();

  private Fixtures() {}

  /** All findings for a JSON-LD text. */
  static List<JsonLdIssue> validate(String json) {
    return VALIDATOR.validate(JsonValues.parse(json));
  }

  /** The findings of one rule for a JSON-LD text. */
  static List<JsonLdIssue> validate(String json, String ruleId) {
    return validate(json).stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }
}
