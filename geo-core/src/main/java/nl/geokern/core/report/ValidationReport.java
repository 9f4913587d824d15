package nl.geokern.core.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.report.internal.ReportPaths;

/**
 * Everything one validation run has to say, ready to be written as console lines, JSON, SARIF or
 * HTML.
 *
 * <p>The report is pure data: the caller supplies the timestamp (so output is reproducible) and
 * the metrics; the writers only render. Finding paths are shown relative to {@link #basePath()}
 * with forward slashes; findings are kept sorted by that shown path, then line, column, rule id
 * and message.
 *
 * @param toolName the tool's name, normally {@code geo}
 * @param toolVersion the tool's version
 * @param toolInformationUri an absolute URI with information about the tool; empty when none
 * @param projectName the project's display name
 * @param language the content's BCP 47 language tag, such as {@code nl-NL}
 * @param generatedAt when the report was made; given by the caller, never read from a clock here
 * @param basePath the project directory that finding and post paths are shown relative to
 * @param failOn the lowest severity that fails the build (decides the pass/fail badge)
 * @param findings the findings, sorted
 * @param summary the headline numbers
 * @param personas persona question coverage, in plan order
 * @param calendar the calendar weeks, in plan order
 * @param clusters keyword cluster coverage, in plan order
 * @param posts readability and GEO evidence per post, in the caller's order
 * @param geoEvidenceBasis how the GEO evidence score is computed and what it rests on (shown as a
 *     heuristic)
 * @param ruleDescriptions one-line descriptions of rule ids (for SARIF and the HTML legend); may
 *     lack ids, kept sorted by id
 */
public record ValidationReport(
    String toolName,
    String toolVersion,
    String toolInformationUri,
    String projectName,
    String language,
    Instant generatedAt,
    Path basePath,
    Severity failOn,
    List<Finding> findings,
    Summary summary,
    List<PersonaCoverage> personas,
    List<WeekState> calendar,
    List<ClusterCoverage> clusters,
    List<PostScore> posts,
    String geoEvidenceBasis,
    Map<String, String> ruleDescriptions) {

  /** Rejects nulls, copies the collections and sorts the findings by their shown location. */
  public ValidationReport {
    Objects.requireNonNull(toolName, "toolName");
    Objects.requireNonNull(toolVersion, "toolVersion");
    Objects.requireNonNull(toolInformationUri, "toolInformationUri");
    Objects.requireNonNull(projectName, "projectName");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(basePath, "basePath");
    Objects.requireNonNull(failOn, "failOn");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(geoEvidenceBasis, "geoEvidenceBasis");
    Path base = basePath;
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.forEach(f -> Objects.requireNonNull(f, "finding"));
    // Each finding's shown path is computed once: path arithmetic per comparison is costly.
    Map<Path, String> shown = new HashMap<>();
    sorted.sort(
        Comparator.comparing((Finding f) -> shown.computeIfAbsent(f.span().path(), p -> ReportPaths.relative(base, p)))
            .thenComparingInt(f -> f.span().line())
            .thenComparingInt(f -> f.span().column())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message));
    findings = List.copyOf(sorted);
    personas = List.copyOf(personas);
    calendar = List.copyOf(calendar);
    clusters = List.copyOf(clusters);
    posts = List.copyOf(posts);
    ruleDescriptions = Collections.unmodifiableMap(new TreeMap<>(ruleDescriptions));
  }

  /** A builder with empty lists, {@code geo} as tool name and {@code error} as fail threshold. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The path as the report shows it: relative to {@link #basePath()} when it lies inside it, with
   * forward slashes; empty for an unknown path.
   */
  public String shownPath(Path path) {
    return ReportPaths.relative(basePath, path);
  }

  /** Whether no finding reaches the {@link #failOn()} severity. */
  public boolean passed() {
    return findings.stream().noneMatch(f -> f.severity().atLeast(failOn));
  }

  /** Builds a {@link ValidationReport} step by step; required: version, project, generatedAt. */
  public static final class Builder {
    private String toolName = "geo";
    private String toolVersion = "";
    private String toolInformationUri = "";
    private String projectName = "";
    private String language = "en";
    private Instant generatedAt;
    private Path basePath = Path.of("");
    private Severity failOn = Severity.ERROR;
    private List<Finding> findings = List.of();
    private Summary summary;
    private List<PersonaCoverage> personas = List.of();
    private List<WeekState> calendar = List.of();
    private List<ClusterCoverage> clusters = List.of();
    private List<PostScore> posts = List.of();
    private int faqItems;
    private String geoEvidenceBasis = "";
    private Map<String, String> ruleDescriptions = Map.of();

    private Builder() {}

    /** Sets the tool's name (default {@code geo}). */
    public Builder toolName(String value) {
      this.toolName = value;
      return this;
    }

    /** Sets the tool's version. */
    public Builder toolVersion(String value) {
      this.toolVersion = value;
      return this;
    }

    /** Sets the tool's information URI (absolute; default none). */
    public Builder toolInformationUri(String value) {
      this.toolInformationUri = value;
      return this;
    }

    /** Sets the project's display name. */
    public Builder projectName(String value) {
      this.projectName = value;
      return this;
    }

    /** Sets the content language tag (default {@code en}). */
    public Builder language(String value) {
      this.language = value;
      return this;
    }

    /** Sets when the report was made. */
    public Builder generatedAt(Instant value) {
      this.generatedAt = value;
      return this;
    }

    /** Sets the project directory paths are shown relative to. */
    public Builder basePath(Path value) {
      this.basePath = value;
      return this;
    }

    /** Sets the lowest severity that fails the build (default {@code error}). */
    public Builder failOn(Severity value) {
      this.failOn = value;
      return this;
    }

    /** Sets the findings (any order). */
    public Builder findings(List<Finding> value) {
      this.findings = value;
      return this;
    }

    /** Sets the summary; when not set, it is counted with {@link Summary#from}. */
    public Builder summary(Summary value) {
      this.summary = value;
      return this;
    }

    /** Sets the number of FAQ items, used when the summary is counted. */
    public Builder faqItems(int value) {
      this.faqItems = value;
      return this;
    }

    /** Sets persona coverage. */
    public Builder personas(List<PersonaCoverage> value) {
      this.personas = value;
      return this;
    }

    /** Sets the calendar weeks. */
    public Builder calendar(List<WeekState> value) {
      this.calendar = value;
      return this;
    }

    /** Sets cluster coverage. */
    public Builder clusters(List<ClusterCoverage> value) {
      this.clusters = value;
      return this;
    }

    /** Sets the per-post scores. */
    public Builder posts(List<PostScore> value) {
      this.posts = value;
      return this;
    }

    /** Sets the text that explains the GEO evidence score. */
    public Builder geoEvidenceBasis(String value) {
      this.geoEvidenceBasis = value;
      return this;
    }

    /** Sets rule id → one-line description. */
    public Builder ruleDescriptions(Map<String, String> value) {
      this.ruleDescriptions = value;
      return this;
    }

    /** Builds the report, counting the summary from the parts unless one was set. */
    public ValidationReport build() {
      Summary s = summary != null
          ? summary
          : Summary.from(findings, posts.size(), faqItems, personas, calendar);
      return new ValidationReport(toolName, toolVersion, toolInformationUri, projectName, language,
          generatedAt, basePath, failOn, findings, s, personas, calendar, clusters, posts,
          geoEvidenceBasis, ruleDescriptions);
    }
  }
}
