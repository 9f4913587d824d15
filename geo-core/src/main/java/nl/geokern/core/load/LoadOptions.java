package nl.geokern.core.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where the loader finds each part of the content, and how it reads posts.
 *
 * @param siteFile the organisation ({@code site.yaml})
 * @param personasFile the personas ({@code personas.yaml})
 * @param clustersFile the keyword clusters ({@code clusters.yaml})
 * @param calendarFile the calendar ({@code calendar.yaml})
 * @param faqFile the FAQ page's items ({@code faq.yaml})
 * @param postsDirectory the folder of Markdown posts (searched recursively for {@code *.md})
 * @param faqHeadings headings that open a post's FAQ section (case-insensitive)
 * @param baseDirectory paths in findings are shown relative to this folder
 */
public record LoadOptions(
    Path siteFile,
    Path personasFile,
    Path clustersFile,
    Path calendarFile,
    Path faqFile,
    Path postsDirectory,
    List<String> faqHeadings,
    Path baseDirectory) {

  /** The headings that open a post's FAQ section unless configured otherwise. */
  public static final List<String> DEFAULT_FAQ_HEADINGS =
      List.of("Veelgestelde vragen", "FAQ", "Vragen en antwoorden", "Frequently asked questions");

  /** Rejects nulls and copies the headings. */
  public LoadOptions {
    Objects.requireNonNull(siteFile, "siteFile");
    Objects.requireNonNull(personasFile, "personasFile");
    Objects.requireNonNull(clustersFile, "clustersFile");
    Objects.requireNonNull(calendarFile, "calendarFile");
    Objects.requireNonNull(faqFile, "faqFile");
    Objects.requireNonNull(postsDirectory, "postsDirectory");
    faqHeadings = List.copyOf(faqHeadings);
    Objects.requireNonNull(baseDirectory, "baseDirectory");
  }

  /** The default layout of SPEC.md under {@code contentDirectory}, findings relative to its parent. */
  public static LoadOptions defaults(Path contentDirectory) {
    Path base = contentDirectory.toAbsolutePath().getParent();
    return new LoadOptions(
        contentDirectory.resolve("site.yaml"),
        contentDirectory.resolve("personas.yaml"),
        contentDirectory.resolve("clusters.yaml"),
        contentDirectory.resolve("calendar.yaml"),
        contentDirectory.resolve("faq.yaml"),
        contentDirectory.resolve("blog"),
        DEFAULT_FAQ_HEADINGS,
        base == null ? contentDirectory.toAbsolutePath() : base);
  }

  /** The same options with posts read from another folder. */
  public LoadOptions withPostsDirectory(Path directory) {
    return new LoadOptions(siteFile, personasFile, clustersFile, calendarFile, faqFile, directory, faqHeadings, baseDirectory);
  }

  /** The same options with other FAQ section headings. */
  public LoadOptions withFaqHeadings(List<String> headings) {
    return new LoadOptions(siteFile, personasFile, clustersFile, calendarFile, faqFile, postsDirectory, headings, baseDirectory);
  }

  /** The same options with findings shown relative to another folder. */
  public LoadOptions withBaseDirectory(Path directory) {
    return new LoadOptions(siteFile, personasFile, clustersFile, calendarFile, faqFile, postsDirectory, faqHeadings, directory);
  }
}
