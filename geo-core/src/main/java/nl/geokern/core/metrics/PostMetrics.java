package nl.geokern.core.metrics;

import java.util.Objects;
import nl.geokern.core.model.SourceSpan;

/**
 * The measurements of one post.
 *
 * @param slug the post's slug
 * @param title the post's title
 * @param span where the post's file starts
 * @param wordCount words of running text and headings (code excluded), as the loader counts them
 * @param readability sentence and paragraph lengths and the readability score
 * @param evidence the GEO evidence counts and heuristic score
 * @param findings the number of findings in the post's file
 */
public record PostMetrics(
    String slug, String title, SourceSpan span, int wordCount, ReadabilityMetrics readability, GeoEvidence evidence,
    int findings) {

  /** Rejects nulls. */
  public PostMetrics {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(readability, "readability");
    Objects.requireNonNull(evidence, "evidence");
  }
}
