package nl.geokern.core.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The readability and GEO evidence of one post.
 *
 * @param slug the post's slug
 * @param title the post's title
 * @param path the post's file (relativised against the report's base path when shown)
 * @param words the body's word count
 * @param readabilityScore the readability score on {@code readabilityScale} (Flesch–Douma for
 *     Dutch: higher is easier, roughly 0–100)
 * @param readabilityScale the scale's label for the score, such as {@code Flesch–Douma: vrij
 *     makkelijk}
 * @param longSentencePercent share of sentences over the long-sentence limit, 0–100
 * @param geoScore the GEO evidence score, 0–100 (a heuristic; see the report's basis text)
 * @param evidence the counts the GEO score is built from
 */
public record PostScore(
    String slug,
    String title,
    Path path,
    int words,
    double readabilityScore,
    String readabilityScale,
    double longSentencePercent,
    int geoScore,
    EvidenceCounts evidence) {

  /** Rejects nulls, negative word counts, non-finite scores and percentages outside 0–100. */
  public PostScore {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(readabilityScale, "readabilityScale");
    Objects.requireNonNull(evidence, "evidence");
    if (words < 0) {
      throw new IllegalArgumentException("words must be >= 0: " + words);
    }
    if (!Double.isFinite(readabilityScore)) {
      throw new IllegalArgumentException("readabilityScore must be finite: " + readabilityScore);
    }
    if (!(longSentencePercent >= 0 && longSentencePercent <= 100)) {
      throw new IllegalArgumentException("longSentencePercent must be 0–100: " + longSentencePercent);
    }
    if (geoScore < 0 || geoScore > 100) {
      throw new IllegalArgumentException("geoScore must be 0–100: " + geoScore);
    }
  }
}
