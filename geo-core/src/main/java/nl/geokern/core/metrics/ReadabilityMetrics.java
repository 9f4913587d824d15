package nl.geokern.core.metrics;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.geokern.core.analysis.BlockAnalysis;
import nl.geokern.core.analysis.PostAnalysis;
import nl.geokern.core.model.SourceSpan;
import nl.geokern.core.model.TextBlock;
import nl.geokern.core.text.Readability;

/**
 * How readable a post is: its readability score, its share of long sentences and its longest
 * paragraph, from the post's analysis of its running text (paragraphs, list items and quotes, FAQ
 * answers included; headings and table rows excluded).
 *
 * @param formula the readability formula used ({@code Flesch–Douma}, {@code Flesch reading ease}),
 *     empty when the language has none
 * @param score the score on the Flesch scale, empty when there is no formula or no text
 * @param scale the score's band ({@code very hard}, {@code hard}, {@code fairly hard}, {@code normal},
 *     {@code easy}), empty without a score
 * @param words words of running text
 * @param sentences sentences of running text
 * @param syllables syllables of running text (0 when the language has no syllable counter)
 * @param maxSentenceWords the sentence length above which a sentence counts as long
 * @param longSentences sentences with more than {@code maxSentenceWords} words
 * @param longSentenceSharePercent {@code longSentences} as a percentage of {@code sentences}
 * @param firstLongSentence where the block with the first long sentence starts, if any
 * @param longestParagraphWords the word count of the longest paragraph (0 without paragraphs)
 * @param longestParagraph where the longest paragraph starts, if any
 */
public record ReadabilityMetrics(
    Optional<String> formula,
    OptionalDouble score,
    Optional<String> scale,
    int words,
    int sentences,
    int syllables,
    int maxSentenceWords,
    int longSentences,
    double longSentenceSharePercent,
    Optional<SourceSpan> firstLongSentence,
    int longestParagraphWords,
    Optional<SourceSpan> longestParagraph) {

  /** Sentences longer than this many words count as long unless configured otherwise (Yoast's threshold). */
  public static final int DEFAULT_MAX_SENTENCE_WORDS = 20;

  /** Rejects nulls. */
  public ReadabilityMetrics {
    Objects.requireNonNull(formula, "formula");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(firstLongSentence, "firstLongSentence");
    Objects.requireNonNull(longestParagraph, "longestParagraph");
  }

  /**
   * The readability of an analysed post, in the analysis's language.
   *
   * @param post the post's analysis
   * @param maxSentenceWords sentences with more words than this count as long
   */
  public static ReadabilityMetrics of(PostAnalysis post, int maxSentenceWords) {
    int words = 0;
    int sentences = 0;
    int syllables = 0;
    int longSentences = 0;
    SourceSpan firstLong = null;
    int longestWords = 0;
    SourceSpan longest = null;
    for (BlockAnalysis b : post.blocks()) {
      if (!b.isRunningText()) {
        continue;
      }
      for (int sentenceWords : b.sentenceWords()) {
        sentences++;
        if (sentenceWords > maxSentenceWords) {
          longSentences++;
          firstLong = firstLong == null ? b.block().span() : firstLong;
        }
      }
      words += b.words();
      syllables += b.syllables();
      if (b.block() instanceof TextBlock t && t.kind() == TextBlock.Kind.PARAGRAPH && b.words() > longestWords) {
        longestWords = b.words();
        longest = t.span();
      }
    }
    Optional<Readability.Language> language = post.language();
    OptionalDouble score = OptionalDouble.empty();
    Optional<String> scale = Optional.empty();
    if (language.isPresent() && words > 0) {
      double value = Readability.score(language.get(), words, sentences, syllables).value();
      score = OptionalDouble.of(value);
      scale = Optional.of(Readability.scale(value));
    }
    double share = sentences == 0 ? 0 : 100.0 * longSentences / sentences;
    return new ReadabilityMetrics(language.map(Readability.Language::formula), score, scale, words, sentences,
        syllables, maxSentenceWords, longSentences, share, Optional.ofNullable(firstLong), longestWords,
        Optional.ofNullable(longest));
  }
}
