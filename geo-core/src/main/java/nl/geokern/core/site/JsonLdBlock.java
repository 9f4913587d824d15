package nl.geokern.core.site;

import java.util.Objects;
import java.util.Optional;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.model.SourceSpan;

/**
 * One {@code <script type="application/ld+json">} read out of a page.
 *
 * @param span where its start tag is (1-based line and column)
 * @param text its raw content
 * @param geo whether it is geo's own block (it carries {@code data-geo})
 * @param value the parsed JSON as plain JDK values (see {@link nl.geokern.jsonld.json.JsonValues});
 *     empty when the text does not parse
 * @param syntaxError the {@code jsonld.syntax} error when the text does not parse
 */
public record JsonLdBlock(
    SourceSpan span, String text, boolean geo, Optional<Object> value, Optional<Finding> syntaxError) {

  /** Rejects nulls and requires exactly one of value and syntax error. */
  public JsonLdBlock {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(syntaxError, "syntaxError");
    if (value.isPresent() == syntaxError.isPresent()) {
      throw new IllegalArgumentException("a block has either a value or a syntax error");
    }
  }
}
