package nl.geokern.jsonld.validate;

import java.util.List;
import java.util.Objects;
import nl.geokern.jsonld.vocab.Vocabulary;

/**
 * Checks schema.org JSON-LD against the schema.org vocabulary and Google's rich-result profiles.
 *
 * <p>Input is parsed JSON as plain JDK values (see {@code JsonValues}): a top-level object, an
 * array of objects, or an object with {@code @graph}. To check all JSON-LD blocks of one page
 * together (for example for the one-FAQPage-per-page rule), pass them as one list. Terms of other
 * vocabularies (prefixed names, full IRIs, remote contexts other than schema.org) are skipped.
 * An issue names the node it is about (type and {@code @id}); where the document sits in a page is
 * the caller's to add. Instances are immutable and thread-safe.
 *
 * <p>Rule ids (stable) and default severities:
 *
 * <ul>
 *   <li>{@value #UNKNOWN_TYPE} (error), {@value #UNKNOWN_PROPERTY} (error, with a "did you mean" hint),
 *       {@value #PROPERTY_NOT_ON_TYPE} (error)
 *   <li>{@value #RANGE} (error): a value outside the property's range; {@value #RANGE_TEXT} (warning):
 *       plain text where a node is expected
 *   <li>{@value #SUPERSEDED}, {@value #PENDING}, {@value #RETIRED} (warnings)
 *   <li>{@value #UNRESOLVED_ID} (warning): a same-page {@code @id} reference no node defines;
 *       {@value #EXTERNAL_ID} (info): a reference to another document
 *   <li>{@value #FAQPAGE_COUNT} (error), {@value #MISSING_CONTEXT} (warning)
 *   <li>{@code google.article.missing-recommended} (warning), {@code google.faqpage.missing-required}
 *       (error), {@code google.faqpage.count} (error), {@code google.faqpage.type} (error),
 *       {@code google.faqpage.retired} (info)
 * </ul>
 */
public final class JsonLdValidator {

  /** A {@code @type} that schema.org does not define. */
  public static final String UNKNOWN_TYPE = "jsonld.unknown-type";
  /** A property key that schema.org does not define. */
  public static final String UNKNOWN_PROPERTY = "jsonld.unknown-property";
  /** A property used on a type that does not allow it, even through its supertypes. */
  public static final String PROPERTY_NOT_ON_TYPE = "jsonld.property-not-on-type";
  /** A value that does not fit the property's range. */
  public static final String RANGE = "jsonld.range";
  /** Plain text where the property expects a node (a Person, an Organization, …). */
  public static final String RANGE_TEXT = "jsonld.range-text";
  /** A superseded term; the message names its replacement. */
  public static final String SUPERSEDED = "jsonld.superseded";
  /** A term that is still pending on schema.org. */
  public static final String PENDING = "jsonld.pending";
  /** A term retired to the schema.org attic. */
  public static final String RETIRED = "jsonld.retired";
  /** A same-page {@code @id} reference that no node in the document defines. */
  public static final String UNRESOLVED_ID = "jsonld.unresolved-id";
  /** An {@code @id} reference to a node outside the document. */
  public static final String EXTERNAL_ID = "jsonld.external-id";
  /** More than one FAQPage node on one page. */
  public static final String FAQPAGE_COUNT = "jsonld.faqpage-count";
  /** A top-level node without {@code @context}. */
  public static final String MISSING_CONTEXT = "jsonld.missing-context";

  private final Vocabulary vocabulary;
  private final GoogleProfiles profiles;

  private JsonLdValidator(Vocabulary vocabulary, GoogleProfiles profiles) {
    this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
    this.profiles = Objects.requireNonNull(profiles, "profiles");
  }

  /** A validator with the bundled schema.org vocabulary and Google profiles. */
  public static JsonLdValidator create() {
    return new JsonLdValidator(Vocabulary.schemaOrg(), GoogleProfiles.bundled());
  }

  /** A validator with another vocabulary (such as a newer release) and the bundled Google profiles. */
  public static JsonLdValidator of(Vocabulary vocabulary) {
    return new JsonLdValidator(vocabulary, GoogleProfiles.bundled());
  }

  /** The vocabulary this validator checks against. */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /**
   * Validates one parsed JSON-LD document (or a list of a page's blocks) and returns its issues in
   * document order.
   *
   * @param jsonLd parsed JSON: maps, lists, strings, numbers, booleans and {@code JsonValues.NULL}
   */
  public List<JsonLdIssue> validate(Object jsonLd) {
    return new ValidationRun(vocabulary, profiles).run(jsonLd);
  }
}
