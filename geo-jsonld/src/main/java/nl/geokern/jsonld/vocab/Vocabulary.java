package nl.geokern.jsonld.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The schema.org vocabulary as facts: which types and properties exist, the type hierarchy,
 * where a property may be used and what values it takes.
 *
 * <p>{@link #schemaOrg()} loads the index bundled with geo (derived from schema.org release
 * {@value #BUNDLED_RELEASE}) once and shares it; the instance is immutable and thread-safe, and
 * every lookup is a hash lookup. Names may be given as {@code Person}, {@code schema:Person},
 * {@code https://schema.org/Person} or {@code http://schema.org/Person}; answers use the local name
 * ({@code Person}). A name that is not a schema.org term simply answers {@code false} or empty.
 */
public final class Vocabulary {

  /** The schema.org release of the bundled index. */
  public static final String BUNDLED_RELEASE = "30.0";

  /** Classpath location of the bundled index. */
  public static final String BUNDLED_RESOURCE =
      "/nl/geokern/jsonld/vocab/schemaorg-" + BUNDLED_RELEASE + ".vocab";

  private static final String FORMAT = "geo-vocab\t1";

  private final String release;
  private final Map<String, TypeTerm> types;
  private final Map<String, PropertyTerm> properties;
  /** Member name to the enumerations it belongs to directly. */
  private final Map<String, MemberTerm> members;
  /** Type name to itself and all its transitive supertypes. */
  private final Map<String, Set<String>> ancestors;
  /** Enumeration name to its direct members. */
  private final Map<String, Set<String>> directMembers;
  private final Set<String> typeNames;
  private final Set<String> propertyNames;

  private record TypeTerm(
      String name, List<String> supertypes, boolean dataType, boolean enumeration,
      TermStatus status, List<String> supersededBy) {}

  private record MemberTerm(String name, Set<String> enumerations, TermStatus status, List<String> supersededBy) {}

  private record PropertyTerm(
      String name, Set<String> domains, Set<String> ranges, TermStatus status, List<String> supersededBy) {}

  private Vocabulary(String release, Map<String, TypeTerm> types, Map<String, PropertyTerm> properties,
      Map<String, MemberTerm> members) {
    this.release = release;
    this.types = Map.copyOf(types);
    this.properties = Map.copyOf(properties);
    this.members = Map.copyOf(members);
    Map<String, Set<String>> anc = new HashMap<>();
    for (String t : types.keySet()) {
      anc.put(t, Collections.unmodifiableSet(closure(t, types)));
    }
    this.ancestors = Map.copyOf(anc);
    Map<String, Set<String>> dm = new HashMap<>();
    for (MemberTerm m : members.values()) {
      for (String e : m.enumerations()) {
        dm.computeIfAbsent(e, k -> new TreeSet<>()).add(m.name());
      }
    }
    dm.replaceAll((k, v) -> Collections.unmodifiableSet(v));
    this.directMembers = Map.copyOf(dm);
    this.typeNames = Collections.unmodifiableSet(new TreeSet<>(types.keySet()));
    this.propertyNames = Collections.unmodifiableSet(new TreeSet<>(properties.keySet()));
  }

  private static Set<String> closure(String type, Map<String, TypeTerm> types) {
    Set<String> out = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(type));
    while (!todo.isEmpty()) {
      String t = todo.pop();
      if (out.add(t)) {
        TypeTerm term = types.get(t);
        if (term != null) {
          todo.addAll(term.supertypes());
        }
      }
    }
    return out;
  }

  /** The vocabulary bundled with geo, loaded on first use and shared. */
  public static Vocabulary schemaOrg() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final Vocabulary INSTANCE = load();

    private static Vocabulary load() {
      try (InputStream in = Vocabulary.class.getResourceAsStream(BUNDLED_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the vocabulary index " + BUNDLED_RESOURCE + " is missing from the classpath");
        }
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("reading " + BUNDLED_RESOURCE + " failed", e);
      }
    }
  }

  /**
   * Reads an index in the format that {@code VocabularyGenerator} writes (for another release
   * than the bundled one).
   *
   * @throws IllegalArgumentException when the text is not such an index, naming the bad line
   */
  public static Vocabulary parse(String indexText) {
    Objects.requireNonNull(indexText, "indexText");
    String[] lines = indexText.split("\n");
    if (lines.length < 2 || !lines[0].equals(FORMAT) || !lines[1].startsWith("release\t")) {
      throw new IllegalArgumentException("not a geo vocabulary index: expected '" + FORMAT + "' and a release line");
    }
    String release = lines[1].substring("release\t".length());
    Map<String, TypeTerm> types = new HashMap<>();
    Map<String, PropertyTerm> props = new HashMap<>();
    Map<String, MemberTerm> members = new HashMap<>();
    for (int i = 2; i < lines.length; i++) {
      String[] f = lines[i].split("\t", -1);
      try {
        switch (f[0]) {
          case "T" -> {
            expect(f, 6);
            types.put(f[1], new TypeTerm(f[1], list(f[2]), f[3].equals("d"), f[3].equals("e"),
                parseStatus(f[4]), list(f[5])));
          }
          case "M" -> {
            expect(f, 5);
            MemberTerm old = members.get(f[1]);
            Set<String> enums = new TreeSet<>(old == null ? Set.of() : old.enumerations());
            enums.add(f[2]);
            members.put(f[1], new MemberTerm(f[1], Set.copyOf(enums), parseStatus(f[3]), list(f[4])));
          }
          case "P" -> {
            expect(f, 6);
            props.put(f[1], new PropertyTerm(f[1], Set.copyOf(list(f[2])), Set.copyOf(list(f[3])),
                parseStatus(f[4]), list(f[5])));
          }
          default -> throw new IllegalArgumentException("unknown line kind '" + f[0] + "'");
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("vocabulary index line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return new Vocabulary(release, types, props, members);
  }

  private static void expect(String[] fields, int n) {
    if (fields.length != n) {
      throw new IllegalArgumentException("expected " + n + " tab-separated fields, found " + fields.length);
    }
  }

  private static List<String> list(String field) {
    return field.equals("-") ? List.of() : List.of(field.split(","));
  }

  private static TermStatus parseStatus(String field) {
    return TermStatus.valueOf(field.toUpperCase(Locale.ROOT));
  }

  /**
   * The schema.org local name of a term written as {@code Person}, {@code schema:Person},
   * {@code https://schema.org/Person} or {@code http://schema.org/Person}; empty for IRIs and
   * compact IRIs of other vocabularies. Does not check that the term exists.
   */
  public static Optional<String> localName(String term) {
    if (term == null || term.isEmpty()) {
      return Optional.empty();
    }
    String rest = null;
    if (term.startsWith("https://schema.org/")) {
      rest = term.substring("https://schema.org/".length());
    } else if (term.startsWith("http://schema.org/")) {
      rest = term.substring("http://schema.org/".length());
    } else if (term.startsWith("schema:")) {
      rest = term.substring("schema:".length());
    } else if (term.indexOf(':') < 0 && term.indexOf('/') < 0 && term.indexOf('#') < 0) {
      rest = term;
    }
    if (rest == null || rest.isEmpty() || rest.indexOf('/') >= 0 || rest.indexOf(':') >= 0
        || rest.indexOf('#') >= 0) {
      return Optional.empty();
    }
    return Optional.of(rest);
  }

  private static String key(String term) {
    return localName(term).orElse("");
  }

  /** The schema.org release this vocabulary was derived from, such as {@code 30.0}. */
  public String release() {
    return release;
  }

  /** Whether the name is a schema.org type (class), data types included, enumeration members not. */
  public boolean isType(String name) {
    return types.containsKey(key(name));
  }

  /** Whether the name is a schema.org property. */
  public boolean isProperty(String name) {
    return properties.containsKey(key(name));
  }

  /** Whether the name is a member (instance) of some enumeration, such as {@code InStock}. */
  public boolean isEnumerationMember(String name) {
    return members.containsKey(key(name));
  }

  /** All type names, sorted. */
  public Set<String> typeNames() {
    return typeNames;
  }

  /** All property names, sorted. */
  public Set<String> propertyNames() {
    return propertyNames;
  }

  /** The direct supertypes of a type, as the release lists them; empty for a root or unknown type. */
  public List<String> directSupertypes(String type) {
    TypeTerm t = types.get(key(type));
    return t == null ? List.of() : t.supertypes();
  }

  /** The type itself and all its supertypes, transitively; empty for an unknown type. */
  public Set<String> selfAndSupertypes(String type) {
    return ancestors.getOrDefault(key(type), Set.of());
  }

  /** Whether {@code type} is {@code ancestor} or one of its subtypes, transitively. */
  public boolean isSubtypeOf(String type, String ancestor) {
    return selfAndSupertypes(type).contains(key(ancestor));
  }

  /** Whether the type is a data type (Text, URL, Number, Integer, Date, DateTime, Time, Boolean, …). */
  public boolean isDataType(String type) {
    TypeTerm t = types.get(key(type));
    return t != null && t.dataType();
  }

  /** Whether the type is an enumeration (a subtype of {@code Enumeration}, such as ItemAvailability). */
  public boolean isEnumeration(String type) {
    TypeTerm t = types.get(key(type));
    return t != null && t.enumeration();
  }

  /**
   * The members of an enumeration, including the members of its sub-enumerations (members of
   * MedicalSpecialty are Specialty values too); empty when it is not an enumeration.
   */
  public Set<String> enumerationMembers(String enumeration) {
    String e = key(enumeration);
    Set<String> out = new TreeSet<>();
    for (var entry : directMembers.entrySet()) {
      if (isSubtypeOf(entry.getKey(), e)) {
        out.addAll(entry.getValue());
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /** Whether {@code member} is a value of {@code enumeration} or of one of its sub-enumerations. */
  public boolean isMemberOf(String member, String enumeration) {
    MemberTerm m = members.get(key(member));
    if (m == null) {
      return false;
    }
    String e = key(enumeration);
    for (String direct : m.enumerations()) {
      if (isSubtypeOf(direct, e)) {
        return true;
      }
    }
    return false;
  }

  /** The types a property is declared on (domainIncludes); empty for an unknown property. */
  public Set<String> domains(String property) {
    PropertyTerm p = properties.get(key(property));
    return p == null ? Set.of() : p.domains();
  }

  /** The types a property's values may have (rangeIncludes); empty for an unknown property. */
  public Set<String> ranges(String property) {
    PropertyTerm p = properties.get(key(property));
    return p == null ? Set.of() : p.ranges();
  }

  /**
   * Whether a property may be used on a type: the type or one of its supertypes is in the
   * property's domain (so {@code name}, declared on Thing, fits every type). A known property
   * without any declared domain fits everywhere. False when either name is unknown.
   */
  public boolean isAllowedOn(String property, String type) {
    PropertyTerm p = properties.get(key(property));
    Set<String> anc = ancestors.get(key(type));
    if (p == null || anc == null) {
      return false;
    }
    if (p.domains().isEmpty()) {
      return true;
    }
    for (String d : p.domains()) {
      if (anc.contains(d)) {
        return true;
      }
    }
    return false;
  }

  /** The terms that replace a superseded type, property or enumeration member; empty when current. */
  public List<String> supersededBy(String term) {
    String k = key(term);
    PropertyTerm p = properties.get(k);
    if (p != null) {
      return p.supersededBy();
    }
    TypeTerm t = types.get(k);
    if (t != null) {
      return t.supersededBy();
    }
    MemberTerm m = members.get(k);
    return m == null ? List.of() : m.supersededBy();
  }

  /** The status of a type, property or enumeration member; empty for an unknown term. */
  public Optional<TermStatus> status(String term) {
    String k = key(term);
    PropertyTerm p = properties.get(k);
    if (p != null) {
      return Optional.of(p.status());
    }
    TypeTerm t = types.get(k);
    if (t != null) {
      return Optional.of(t.status());
    }
    MemberTerm m = members.get(k);
    return m == null ? Optional.empty() : Optional.of(m.status());
  }

  /** A short summary for logs and test output: release and term counts. */
  @Override
  public String toString() {
    return "schema.org " + release + " (" + types.size() + " types, " + properties.size()
        + " properties, " + members.size() + " enumeration members)";
  }
}
