package nl.geokern.core.rules;

import java.util.List;
import java.util.Locale;
import nl.geokern.core.analysis.KeyphraseMatch;
import nl.geokern.core.analysis.PostAnalysis;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;

/**
 * Rule {@code post.keyword-stuffing}: the focus keyphrase makes up at most 3% of the body.
 *
 * <p>Why: a keyphrase repeated for search engines reads badly and is penalised as spam; answer
 * engines quote text written for people. Density is occurrences × words in the phrase (stop words
 * left out) / words in the body; an occurrence is the phrase's words in order, with stop words
 * between them skipped and inflections matched as in {@code post.keywords}.
 */
final class PostKeywordStuffingRule extends PostRule<PostKeywordStuffingRule.Options> {

  /** The rule's id. */
  static final String ID = "post.keyword-stuffing";

  /**
   * Options of {@code post.keyword-stuffing}.
   *
   * @param maxDensityPercent the highest share of the body, in percent, the keyphrase may take
   */
  public record Options(double maxDensityPercent) {
    /** Rejects a density outside 0–100. */
    public Options {
      if (maxDensityPercent <= 0 || maxDensityPercent > 100) {
        throw new IllegalArgumentException("maxDensityPercent must be above 0 and at most 100, found " + maxDensityPercent);
      }
    }
  }

  /** The rule with the default maximum density of 3%. */
  PostKeywordStuffingRule() {
    super(ID, Severity.WARNING, "The focus keyphrase makes up at most 3% of the body.", new Options(3.0));
  }

  @Override
  void checkPost(PostAnalysis analysis, ContentSet content, Options options, List<Finding> out) {
    BlogPost post = analysis.post();
    int bodyWords = post.body().wordCount();
    if (analysis.keyphrase().isEmpty() || bodyWords == 0) {
      return;
    }
    KeyphraseMatch match = analysis.keyphrase().get();
    int words = match.words().size();
    double density = match.occurrences() * words * 100.0 / bodyWords;
    if (density > options.maxDensityPercent()) {
      out.add(finding(headSpan(post),
          String.format(Locale.ROOT,
              "focus keyphrase '%s' makes up %.1f%% of the body (%d occurrences × %d words in %d words); at most %.1f%%",
              match.phrase(), density, match.occurrences(), words, bodyWords, options.maxDensityPercent()),
          "replace some occurrences with synonyms, a shorter form or 'het'/'dit'; write for the reader first"));
    }
  }
}
