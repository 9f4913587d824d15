package nl.geokern.jsonld.vocab.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives geo's compact vocabulary index from the CSV tables of a schema.org release.
 *
 * <p>Run it when a new schema.org release comes out (see {@code geo-jsonld/README.md}):
 *
 * <pre>{@code
 * java -cp geo-jsonld/target/classes nl.geokern.jsonld.vocab.internal.VocabularyGenerator \
 *     ../shared/corpora/schemaorg \
 *     geo-jsonld/src/main/resources/nl/geokern/jsonld/vocab/schemaorg-30.0.vocab
 * }</pre>
 *
 * <p>Only facts are kept (names, hierarchy, domains, ranges, enumeration membership,
 * supersession and status); the descriptive comments of the release are not. The output is a
 * UTF-8, LF-terminated, tab-separated text with one term per line, sorted, so that the same
 * release always gives the same bytes:
 *
 * <pre>
 * geo-vocab	1
 * release	30.0
 * T	name	supertypes	flags	status	supersededBy      (a type; flags: d = data type, e = enumeration)
 * M	name	enumeration	status	supersededBy                (an enumeration member)
 * P	name	domains	ranges	status	supersededBy           (a property)
 * </pre>
 *
 * Lists are comma-separated, an empty field is {@code -}, status is {@code stable},
 * {@code pending} or {@code retired}. Names are schema.org local names ({@code Person}); IRIs of
 * other vocabularies (such as the OMG Commons supertypes in the release) are dropped.
 */
public final class VocabularyGenerator {

  /** Format marker written on the first line; bump it when the line layout changes. */
  public static final String FORMAT = "geo-vocab\t1";

  /** Name of the types table inside a release folder. */
  public static final String TYPES_CSV = "schemaorg-current-https-types.csv";

  /** Name of the properties table inside a release folder. */
  public static final String PROPERTIES_CSV = "schemaorg-current-https-properties.csv";

  private static final String SCHEMA = "https://schema.org/";
  private static final Pattern RELEASE_IN_NAME = Pattern.compile("schemaorg-(.+)\\.vocab");

  private VocabularyGenerator() {}

  /**
   * Writes the index: {@code args[0]} is the folder with the release CSVs, {@code args[1]} the
   * output file, optional {@code args[2]} the release number (default: taken from an output name
   * such as {@code schemaorg-30.0.vocab}).
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println(
          "usage: VocabularyGenerator <folder with " + TYPES_CSV + " and " + PROPERTIES_CSV
              + "> <output file schemaorg-RELEASE.vocab> [release]");
      System.exit(2);
      return;
    }
    Path input = Path.of(args[0]);
    Path output = Path.of(args[1]);
    String release;
    if (args.length == 3) {
      release = args[2];
    } else {
      Matcher m = RELEASE_IN_NAME.matcher(output.getFileName().toString());
      if (!m.matches()) {
        throw new IllegalArgumentException(
            "cannot tell the release from output name " + output.getFileName()
                + "; name it schemaorg-RELEASE.vocab or pass the release as a third argument");
      }
      release = m.group(1);
    }
    String text = generate(input, release);
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(output, text, StandardCharsets.UTF_8);
    System.out.println("wrote " + output + " (schema.org " + release + ", "
        + text.lines().count() + " lines)");
  }

  /**
   * Builds the index text from the two CSV tables in {@code releaseFolder}.
   *
   * @throws IOException when a table cannot be read
   * @throws IllegalArgumentException when a table does not have the expected shape
   */
  public static String generate(Path releaseFolder, String release) throws IOException {
    CsvTable types = CsvTable.parse(Files.readString(releaseFolder.resolve(TYPES_CSV), StandardCharsets.UTF_8));
    CsvTable properties =
        CsvTable.parse(Files.readString(releaseFolder.resolve(PROPERTIES_CSV), StandardCharsets.UTF_8));
    return generate(types, properties, release);
  }

  /** Builds the index text from already parsed tables. */
  public static String generate(CsvTable types, CsvTable properties, String release) {
    requireColumns(types, "id", "subTypeOf", "enumerationtype", "supersededBy", "isPartOf");
    requireColumns(properties, "id", "domainIncludes", "rangeIncludes", "supersededBy", "isPartOf");

    Map<String, Map<String, String>> typeRows = new TreeMap<>();
    for (Map<String, String> row : types.rows()) {
      typeRows.put(local(row.get("id")), row);
    }
    Set<String> usedAsRange = new HashSet<>();
    for (Map<String, String> row : properties.rows()) {
      usedAsRange.addAll(names(row.get("rangeIncludes")));
    }
    Map<String, List<String>> supertypes = new HashMap<>();
    Set<String> hasSubtypes = new HashSet<>();
    for (var e : typeRows.entrySet()) {
      List<String> sup = names(e.getValue().get("subTypeOf"));
      supertypes.put(e.getKey(), sup);
      hasSubtypes.addAll(sup);
    }

    // The CSV does not say which classes are data types (the JSON-LD release types them
    // schema:DataType) nor that True and False are the instances of Boolean. A class with no
    // schema.org supertype is either Thing, a data type (it has subtypes or is some property's
    // range), DataType itself, or one of the two Boolean values.
    Set<String> dataTypeRoots = new TreeSet<>();
    Map<String, String> extraMembers = new TreeMap<>();
    for (var e : typeRows.entrySet()) {
      String name = e.getKey();
      if (!supertypes.get(name).isEmpty() || !e.getValue().get("enumerationtype").isEmpty()
          || name.equals("Thing")) {
        continue;
      }
      if (name.equals("DataType") || hasSubtypes.contains(name) || usedAsRange.contains(name)) {
        dataTypeRoots.add(name);
      } else if (name.equals("True") || name.equals("False")) {
        extraMembers.put(name, "Boolean");
      } else {
        throw new IllegalArgumentException(
            "cannot classify " + name + ": no supertype, not an enumeration member, not a data type");
      }
    }

    StringBuilder out = new StringBuilder();
    out.append(FORMAT).append('\n');
    out.append("release\t").append(release).append('\n');
    for (var e : typeRows.entrySet()) {
      String name = e.getKey();
      Map<String, String> row = e.getValue();
      if (extraMembers.containsKey(name)) {
        continue;
      }
      boolean member = !row.get("enumerationtype").isEmpty();
      if (member && supertypes.get(name).isEmpty()) {
        continue; // a pure enumeration member, written as an M line below
      }
      boolean dataType = reaches(name, dataTypeRoots, supertypes);
      boolean enumeration = reaches(name, Set.of("Enumeration"), supertypes);
      String flags = dataType ? "d" : enumeration ? "e" : "-";
      out.append("T\t").append(name).append('\t').append(list(supertypes.get(name))).append('\t')
          .append(flags).append('\t').append(status(row)).append('\t')
          .append(list(names(row.get("supersededBy")))).append('\n');
    }
    Map<String, String> memberLines = new TreeMap<>();
    for (var e : typeRows.entrySet()) {
      Map<String, String> row = e.getValue();
      List<String> enums = names(row.get("enumerationtype"));
      for (String enumeration : enums) {
        memberLines.put(e.getKey() + "\t" + enumeration,
            "M\t" + e.getKey() + "\t" + enumeration + "\t" + status(row) + "\t"
                + list(names(row.get("supersededBy"))));
      }
    }
    for (var e : extraMembers.entrySet()) {
      Map<String, String> row = typeRows.get(e.getKey());
      memberLines.put(e.getKey() + "\t" + e.getValue(),
          "M\t" + e.getKey() + "\t" + e.getValue() + "\t" + status(row) + "\t"
              + list(names(row.get("supersededBy"))));
    }
    memberLines.values().forEach(line -> out.append(line).append('\n'));

    Map<String, Map<String, String>> propertyRows = new TreeMap<>();
    for (Map<String, String> row : properties.rows()) {
      propertyRows.put(local(row.get("id")), row);
    }
    for (var e : propertyRows.entrySet()) {
      Map<String, String> row = e.getValue();
      out.append("P\t").append(e.getKey()).append('\t').append(list(names(row.get("domainIncludes"))))
          .append('\t').append(list(names(row.get("rangeIncludes")))).append('\t').append(status(row))
          .append('\t').append(list(names(row.get("supersededBy")))).append('\n');
    }
    return out.toString();
  }

  private static void requireColumns(CsvTable table, String... columns) {
    for (String column : columns) {
      if (!table.header().contains(column)) {
        throw new IllegalArgumentException(
            "CSV lacks column " + column + "; found " + table.header());
      }
    }
  }

  private static boolean reaches(String type, Set<String> targets, Map<String, List<String>> supertypes) {
    List<String> todo = new ArrayList<>(List.of(type));
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      String t = todo.remove(todo.size() - 1);
      if (!seen.add(t)) {
        continue;
      }
      if (targets.contains(t)) {
        return true;
      }
      todo.addAll(supertypes.getOrDefault(t, List.of()));
    }
    return false;
  }

  private static String status(Map<String, String> row) {
    String part = row.get("isPartOf");
    if (part.contains("attic.schema.org")) {
      return "retired";
    }
    if (part.contains("pending.schema.org")) {
      return "pending";
    }
    return "stable";
  }

  /** The schema.org names in a comma-separated IRI list, sorted; other vocabularies' IRIs dropped. */
  private static List<String> names(String iris) {
    if (iris == null || iris.isBlank()) {
      return List.of();
    }
    TreeSet<String> out = new TreeSet<>();
    Arrays.stream(iris.split(","))
        .map(String::trim)
        .filter(s -> s.startsWith(SCHEMA))
        .map(VocabularyGenerator::local)
        .forEach(out::add);
    return List.copyOf(out);
  }

  private static String local(String iri) {
    if (!iri.startsWith(SCHEMA)) {
      throw new IllegalArgumentException("not a schema.org IRI: " + iri);
    }
    return iri.substring(SCHEMA.length());
  }

  private static String list(List<String> names) {
    return names.isEmpty() ? "-" : String.join(",", names);
  }
}
