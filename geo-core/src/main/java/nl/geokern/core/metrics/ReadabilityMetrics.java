package nl.geokern.core.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import nl.geokern.core.metrics.internal.IdentityMemo;
import nl.geokern.core.model.Block;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.SourceSpan;
import nl.geokern.core.model.TextBlock;
import nl.geokern.core.text.Readability;

/**
 * How readable a post is: its readability score, its share of long sentences and its longest
 * paragraph, computed in one pass over the post's running text (paragraphs, list items and quotes,
 * FAQ answers included; headings and table rows excluded).
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

  /** Whether a text block is running text that readability measures. */
  public static boolean isRunningText(TextBlock block) {
    return block.kind() != TextBlock.Kind.TABLE_ROW;
  }

  /**
   * Measures a post.
   *
   * @param post the post
   * @param language the language whose formula scores the post; empty to skip the score (and the
   *     syllable count)
   * @param maxSentenceWords sentences with more words than this count as long
   */
  public static ReadabilityMetrics of(BlogPost post, Optional<Readability.Language> language, int maxSentenceWords) {
    return measured(post, language, maxSentenceWords).metrics();
  }

  /**
   * The number of words of each paragraph of a post, in the order of {@code post.body().paragraphs()},
   * as {@link nl.geokern.core.text.Words#count} counts them, taken from the measurement
   * {@link #of(BlogPost, Optional, int)} makes with the same language and sentence length; asking with
   * the setting the other readability checks use costs no second pass over the text.
   */
  public static int[] paragraphWords(BlogPost post, Optional<Readability.Language> language, int maxSentenceWords) {
    return measured(post, language, maxSentenceWords).paragraphWords().clone();
  }

  private static Measurement measured(BlogPost post, Optional<Readability.Language> language, int maxSentenceWords) {
    // Several rules and the report measure the same post, possibly on different threads; the
    // measurement is pure, so it is made once per post and setting, and kept while the post's blocks
    // are in use.
    List<Block> blocks = post.body().blocks();
    return MEMO.get(blocks, b -> new ConcurrentHashMap<>())
        .computeIfAbsent(new Setting(language, maxSentenceWords), s -> measure(blocks, language, maxSentenceWords));
  }

  /** What a measurement depends on besides the blocks. */
  private record Setting(Optional<Readability.Language> language, int maxSentenceWords) {}

  /** A post's metrics and the word counts of its paragraphs, from one pass over its text. */
  private record Measurement(ReadabilityMetrics metrics, int[] paragraphWords) {}

  private static final IdentityMemo<List<Block>, Map<Setting, Measurement>> MEMO = new IdentityMemo<>();

  /** Measures blocks of running text, as {@link #of(BlogPost, Optional, int)} does for a post. */
  public static ReadabilityMetrics of(List<Block> blocks, Optional<Readability.Language> language, int maxSentenceWords) {
    return measure(blocks, language, maxSentenceWords).metrics();
  }

  private static Measurement measure(List<Block> blocks, Optional<Readability.Language> language,
      int maxSentenceWords) {
    Tally tally = new Tally(maxSentenceWords);
    for (Block b : blocks) {
      if (b instanceof TextBlock t && isRunningText(t)) {
        tally.block(t, language);
      }
    }
    OptionalDouble score = OptionalDouble.empty();
    Optional<String> scale = Optional.empty();
    if (language.isPresent() && tally.words > 0) {
      double value = Readability.score(language.get(), tally.words, tally.sentences, tally.syllables).value();
      score = OptionalDouble.of(value);
      scale = Optional.of(Readability.scale(value));
    }
    double share = tally.sentences == 0 ? 0 : 100.0 * tally.longSentences / tally.sentences;
    ReadabilityMetrics metrics = new ReadabilityMetrics(language.map(Readability.Language::formula), score, scale,
        tally.words, tally.sentences, tally.syllables, maxSentenceWords, tally.longSentences, share,
        Optional.ofNullable(tally.firstLong), tally.longestWords, Optional.ofNullable(tally.longest));
    return new Measurement(metrics, Arrays.copyOf(tally.paragraphWords, tally.paragraphs));
  }

  /** The running counts of one measurement, fed one block and one sentence at a time. */
  private static final class Tally implements Readability.SentenceCounts {
    private final int maxSentenceWords;
    private TextBlock block;
    private int blockWords;
    int words;
    int sentences;
    int syllables;
    int longSentences;
    SourceSpan firstLong;
    int longestWords;
    SourceSpan longest;
    int[] paragraphWords = new int[16];
    int paragraphs;

    Tally(int maxSentenceWords) {
      this.maxSentenceWords = maxSentenceWords;
    }

    void block(TextBlock t, Optional<Readability.Language> language) {
      block = t;
      blockWords = 0;
      Readability.sentences(t.text(), language, this);
      // The words of a block's sentences are the block's words.
      if (t.kind() == TextBlock.Kind.PARAGRAPH) {
        if (paragraphs == paragraphWords.length) {
          paragraphWords = Arrays.copyOf(paragraphWords, 2 * paragraphs);
        }
        paragraphWords[paragraphs++] = blockWords;
        if (blockWords > longestWords) {
          longestWords = blockWords;
          longest = t.span();
        }
      }
    }

    @Override
    public void sentence(int sentenceWords, int sentenceSyllables) {
      sentences++;
      words += sentenceWords;
      blockWords += sentenceWords;
      syllables += sentenceSyllables;
      if (sentenceWords > maxSentenceWords) {
        longSentences++;
        if (firstLong == null) {
          firstLong = block.span();
        }
      }
    }
  }
}
