package nl.geokern.jsonld.validate;

import java.nio.file.Path;
import java.util.List;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.model.SourceSpan;
import nl.geokern.jsonld.json.JsonValues;

/** Shared helpers for the validator's unit tests. */
final class Fixtures {

  static final SourceSpan SPAN = SourceSpan.of(Path.of("site/blog/post.html"), 12, 5);
  private static final JsonLdValidator VALIDATOR = JsonLdValidator.create();

  private Fixtures() {}

  /** All findings for a JSON-LD text. */
  static List<Finding> validate(String json) {
    return VALIDATOR.validate(JsonValues.parse(json), SPAN);
  }

  /** The findings of one rule for a JSON-LD text. */
  static List<Finding> validate(String json, String ruleId) {
    return validate(json).stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }
}
