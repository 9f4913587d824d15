package nl.geokern.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.load.LoadOptions;

/**
 * Turns the content parameters that several goals share (the mojos and the site report, which
 * extends Maven's report base class instead of geo's) into the library's values.
 */
final class ContentParameters {

  private ContentParameters() {}

  /** Where and how content is read. */
  static LoadOptions loadOptions(File contentDirectory, File postsDirectory, List<String> faqHeadings, Path base) {
    LoadOptions options = LoadOptions.defaults(contentDirectory.toPath()).withBaseDirectory(base);
    if (postsDirectory != null) {
      options = options.withPostsDirectory(postsDirectory.toPath());
    }
    if (faqHeadings != null && !faqHeadings.isEmpty()) {
      options = options.withFaqHeadings(faqHeadings.stream().map(String::strip).toList());
    }
    return options;
  }

  /**
   * The rule configuration to read: the default {@code geo-rules.yaml} only when it exists, a file
   * the build names always (so a mistyped path is a {@code config.missing-file} error, not silence).
   */
  static Optional<Path> rulesFile(File rulesFile, Path base) {
    if (rulesFile == null) {
      return Optional.empty();
    }
    boolean isDefault = rulesFile.toPath().toAbsolutePath().normalize()
        .equals(base.resolve("geo-rules.yaml").toAbsolutePath().normalize());
    return rulesFile.isFile() || !isDefault ? Optional.of(rulesFile.toPath()) : Optional.empty();
  }

  /**
   * The {@code geo.failOnSeverity} parameter as a severity.
   *
   * @throws IllegalArgumentException when it is not {@code error}, {@code warning} or {@code info}
   */
  static Severity failOn(String failOnSeverity) {
    return Severity.parse(failOnSeverity).orElseThrow(() -> new IllegalArgumentException(
        "invalid " + AbstractReportingMojo.FAIL_ON_SEVERITY + " '" + failOnSeverity
            + "': expected error, warning or info"));
  }
}
