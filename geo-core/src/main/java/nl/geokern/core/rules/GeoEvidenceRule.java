package nl.geokern.core.rules;

import java.util.List;
import nl.geokern.core.analysis.PostAnalysis;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.metrics.GeoEvidence;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;

/**
 * {@code geo.evidence}: a post's GEO evidence score (see {@link GeoEvidence}) is at least
 * {@code minScore}. Reported, not enforced: the default {@code minScore} of 0 never fires, and the
 * severity is {@code info}; a project that wants the signal sets a minimum (50 is a reasonable start).
 *
 * <p>Editorial reason: generative answer engines quote sources that back their claims with
 * statistics, quotations and citations (Aggarwal et al., "GEO: Generative Engine Optimization", KDD
 * 2024); the score is a heuristic count of that evidence, not a measurement. Keyword stuffing is not
 * known to this rule (it is another rule's finding), so the score here is before that penalty.
 */
final class GeoEvidenceRule extends PostRule<GeoEvidenceRule.Options> {

  /** The rule's id. */
  public static final String ID = "geo.evidence";

  /**
   * Options of {@code geo.evidence}.
   *
   * @param minScore the lowest GEO evidence score (0–100) a post may have; 0 never fires
   */
  public record Options(int minScore) {
    /** Rejects a minimum outside 0–100. */
    public Options {
      if (minScore < 0 || minScore > 100) {
        throw new IllegalArgumentException("minScore must be 0-100: " + minScore);
      }
    }
  }

  /** The rule with its default severity and options. */
  public GeoEvidenceRule() {
    super(ID, Severity.INFO,
        "A post's GEO evidence score is at least minScore (reported, not enforced: 0 by default).",
        new Options(0));
  }

  @Override
  void checkPost(PostAnalysis analysis, ContentSet content, Options options, List<Finding> out) {
    BlogPost post = analysis.post();
    if (options.minScore() == 0) {
      return;
    }
    GeoEvidence e = GeoEvidence.of(analysis);
    if (e.score() < options.minScore()) {
      out.add(Finding.info(ID, BaseRule.headSpan(post),
          "GEO evidence score " + e.score() + " of 100; at least " + options.minScore() + " expected (sourced"
              + " statistics " + e.sourcedStatistics() + ", attributed quotations " + e.attributedQuotations()
              + ", outbound citations " + e.outboundCitations() + ", answer-first question headings "
              + e.answerFirstQuestionHeadings() + ", place mentions " + e.placeMentions() + ")",
          "add statistics with their source link, a quotation with who said it, citations of real sources"
              + " and question headings answered in their first sentence"));
    }
  }

}
