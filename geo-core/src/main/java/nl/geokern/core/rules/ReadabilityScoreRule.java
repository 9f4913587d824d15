package nl.geokern.core.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.geokern.core.analysis.PostAnalysis;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.metrics.ReadabilityMetrics;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.text.Readability;

/**
 * {@code readability.score}: a post's readability score is at least 40 on the Flesch scale.
 *
 * <p>Editorial reason: the plan asks for informative, accessible text. Dutch posts (site language
 * {@code nl…}) are scored with Flesch–Douma, English ones ({@code en…}) with Flesch reading ease;
 * other languages are not scored. The scale: 0–30 very hard (academic text), 30–50 hard, 50–60
 * fairly hard, 60–70 normal, 70 and up easy. Dutch business prose with short sentences lands around
 * 50–65; compounds keep Dutch scores lower than English ones for the same ease. The default minimum
 * of 40 lets "hard" text through only in its easier half and flags text that drifts towards
 * "very hard" (long sentences of long words); raise it to 50 for a stricter house style.
 */
final class ReadabilityScoreRule extends PostRule<ReadabilityScoreRule.Options> {

  /** The rule's id. */
  public static final String ID = "readability.score";

  /**
   * Options of {@code readability.score}.
   *
   * @param minScore the lowest score a post may have
   */
  public record Options(double minScore) {}

  /** The rule with its default severity and options. */
  public ReadabilityScoreRule() {
    super(ID, Severity.WARNING,
        "A post's Flesch–Douma (Dutch) or Flesch (English) score is at least 40.",
        new Options(40));
  }

  @Override
  void checkPost(PostAnalysis analysis, ContentSet content, Options options, List<Finding> out) {
    BlogPost post = analysis.post();
    Optional<Readability.Language> language = analysis.language();
    if (language.isEmpty()) {
      return;
    }
    ReadabilityMetrics m = ReadabilityMetrics.of(analysis, ReadabilityMetrics.DEFAULT_MAX_SENTENCE_WORDS);
    if (m.score().isEmpty() || m.score().getAsDouble() >= options.minScore()) {
      return;
    }
    Readability.Score score = Readability.score(language.get(), m.words(), m.sentences(), m.syllables());
    out.add(Finding.warning(ID, BaseRule.headSpan(post),
        String.format(Locale.ROOT, "%s score %.1f (%s); at least %s expected (%.1f words per sentence, %.1f"
                + " syllables per 100 words)", language.get().formula(), score.value(), score.scale(),
            format(options.minScore()), score.wordsPerSentence(), score.syllablesPer100Words()),
        "use shorter sentences and shorter, everyday words; the scale: " + Readability.SCALE_EXPLANATION));
  }


  /** A number without a trailing {@code .0}. */
  static String format(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
  }
}
