package nl.geokern.jsonld.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.geokern.jsonld.json.JsonValues;
import nl.geokern.jsonld.vocab.Vocabulary;

/**
 * The part of a JSON-LD active context that decides whether a key or type is a schema.org term.
 *
 * <p>This is not a JSON-LD processor: remote contexts are not fetched. A schema.org context URL
 * (any spelling of {@code https://schema.org}, with or without trailing slash) sets the schema.org
 * vocabulary; an {@code @vocab}, prefixes and term definitions in a context object are followed;
 * any other remote context marks the context as {@linkplain #foreign() foreign}, so that terms
 * schema.org does not know may belong to it.
 */
final class JsonLdContext {

  /** The context of a document that declares none. */
  public static final JsonLdContext NONE = new JsonLdContext(false, null, false, Map.of());

  private static final String SCHEMA = "https://schema.org/";

  private final boolean declared;
  private final String vocab;
  private final boolean foreign;
  /** Term or prefix to IRI (or keyword); a null value means explicitly undefined. */
  private final Map<String, String> terms;

  private JsonLdContext(boolean declared, String vocab, boolean foreign, Map<String, String> terms) {
    this.declared = declared;
    this.vocab = vocab;
    this.foreign = foreign;
    this.terms = terms;
  }

  /** What a key or type name stands for. */
  public enum Kind {
    /** A JSON-LD keyword such as {@code @type}. */
    KEYWORD,
    /** A schema.org term; {@link Term#name()} is its local name. */
    SCHEMA,
    /** A term of another vocabulary, or one this context leaves undefined: not checked. */
    OTHER
  }

  /**
   * A resolved key or type.
   *
   * @param kind what it is
   * @param name the keyword, the schema.org local name, or the IRI or text as written
   */
  public record Term(Kind kind, String name) {}

  /** Whether any {@code @context} applies (a document without one is read as schema.org). */
  public boolean declared() {
    return declared;
  }

  /** Whether a remote context other than schema.org applies, which may define terms of its own. */
  public boolean foreign() {
    return foreign;
  }

  /** Whether a context URL names the schema.org context. */
  public static boolean isSchemaOrgContext(String url) {
    String u = url.trim().toLowerCase(Locale.ROOT);
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    if (u.startsWith("https://")) {
      u = u.substring(8);
    } else if (u.startsWith("http://")) {
      u = u.substring(7);
    } else {
      return false;
    }
    int slash = u.indexOf('/');
    String host = slash < 0 ? u : u.substring(0, slash);
    String path = slash < 0 ? "" : u.substring(slash);
    boolean schemaHost = host.equals("schema.org") || host.equals("www.schema.org") || host.endsWith(".schema.org");
    return schemaHost && (path.isEmpty() || path.startsWith("/docs/jsonldcontext"));
  }

  /** This context with a local {@code @context} value (string, object, array or null) applied. */
  public JsonLdContext with(Object context) {
    if (context instanceof List<?> list) {
      JsonLdContext c = this;
      for (Object item : list) {
        c = c.with(item);
      }
      return c;
    }
    if (context == null || context == JsonValues.NULL) {
      return new JsonLdContext(true, null, false, Map.of());
    }
    if (context instanceof String url) {
      if (isSchemaOrgContext(url)) {
        Map<String, String> t = new HashMap<>(terms);
        t.putIfAbsent("schema", SCHEMA);
        // The schema.org context aliases these keywords, so "type": "Person" is a type there.
        t.put("type", "@type");
        t.put("id", "@id");
        return new JsonLdContext(true, SCHEMA, foreign, Map.copyOf(t));
      }
      return new JsonLdContext(true, vocab, true, terms);
    }
    if (context instanceof Map<?, ?> map) {
      String v = vocab;
      Map<String, String> t = new HashMap<>(terms);
      for (var e : map.entrySet()) {
        String key = String.valueOf(e.getKey());
        Object value = e.getValue();
        if (key.equals("@vocab")) {
          v = value instanceof String s ? expandIri(s, t) : null;
        } else if (!key.startsWith("@")) {
          if (value instanceof String s) {
            t.put(key, s);
          } else if (value instanceof Map<?, ?> def && def.get("@id") instanceof String id) {
            t.put(key, id);
          } else if (value == JsonValues.NULL) {
            t.put(key, null);
          }
        }
      }
      return new JsonLdContext(true, v, foreign, java.util.Collections.unmodifiableMap(t));
    }
    return this;
  }

  /** The keyword a key stands for ({@code @type} for {@code @type} or an alias of it), or null. */
  public String keyword(String key) {
    if (key.startsWith("@")) {
      return key;
    }
    String mapped = terms.get(key);
    return mapped != null && mapped.startsWith("@") ? mapped : null;
  }

  /** Resolves a property key or a {@code @type} value (both are vocabulary-relative). */
  public Term resolve(String key) {
    if (key.startsWith("@")) {
      return new Term(Kind.KEYWORD, key);
    }
    if (terms.containsKey(key)) {
      String iri = terms.get(key);
      if (iri == null) {
        return new Term(Kind.OTHER, key);
      }
      if (iri.startsWith("@")) {
        return new Term(Kind.KEYWORD, iri);
      }
      if (!iri.equals(key)) {
        return resolveIri(expandIri(iri, terms), key);
      }
    }
    int colon = key.indexOf(':');
    if (colon > 0) {
      return resolveIri(expandIri(key, terms), key);
    }
    if (vocab != null) {
      return resolveIri(vocab + key, key);
    }
    // Without any context, geo reads the markup as schema.org (a missing-context warning says so);
    // with a context that defines no vocabulary, a bare term means nothing to a JSON-LD processor.
    return declared ? new Term(Kind.OTHER, key) : new Term(Kind.SCHEMA, key);
  }

  private static Term resolveIri(String iri, String asWritten) {
    if (iri.startsWith("https://schema.org/") || iri.startsWith("http://schema.org/")) {
      return Vocabulary.localName(iri).map(n -> new Term(Kind.SCHEMA, n))
          .orElse(new Term(Kind.OTHER, asWritten));
    }
    if (iri.startsWith("schema:")) {
      return Vocabulary.localName(iri).map(n -> new Term(Kind.SCHEMA, n))
          .orElse(new Term(Kind.OTHER, asWritten));
    }
    return new Term(Kind.OTHER, iri);
  }

  private static String expandIri(String value, Map<String, String> terms) {
    String v = value;
    for (int depth = 0; depth < 5; depth++) {
      int colon = v.indexOf(':');
      if (colon <= 0 || v.startsWith("//", colon + 1)) {
        return v;
      }
      String prefix = v.substring(0, colon);
      String base = terms.get(prefix);
      if (base == null || base.startsWith("@") || base.equals(v)) {
        return v;
      }
      v = base + v.substring(colon + 1);
    }
    return v;
  }
}
