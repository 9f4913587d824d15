package nl.geokern.jsonld.schema;

import java.util.Map;
import nl.geokern.jsonld.json.JsonLdWriter;
import nl.geokern.jsonld.json.JsonLdWriter.Options;

/**
 * A self-contained JSON-LD document (one top-level node with {@code @context}) that can be written
 * as JSON or as a ready {@code <script type="application/ld+json">} element.
 *
 * <p>All output goes through {@link JsonLdWriter}, so it is deterministic and safe inside HTML.
 */
public interface JsonLdDocument {

  /**
   * Returns the document as plain JDK values, with {@code "@context": "https://schema.org"}: a new,
   * modifiable map on each call, so callers may add properties before writing it.
   */
  Map<String, Object> toJsonLd();

  /** Returns the document as compact JSON. */
  default String toJson() {
    return toJson(Options.COMPACT);
  }

  /** Returns the document as JSON laid out and escaped according to {@code options}. */
  default String toJson(Options options) {
    return JsonLdWriter.write(toJsonLd(), options);
  }

  /** Returns the document as a compact {@code <script type="application/ld+json">} element. */
  default String toScriptTag() {
    return toScriptTag(Options.COMPACT);
  }

  /** Returns the document as a {@code <script type="application/ld+json">} element. */
  default String toScriptTag(Options options) {
    return JsonLdWriter.scriptTag(toJsonLd(), options);
  }
}
