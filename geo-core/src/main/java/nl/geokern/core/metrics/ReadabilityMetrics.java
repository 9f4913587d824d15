package nl.geokern.core.metrics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.geokern.core.model.Block;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.SourceSpan;
import nl.geokern.core.model.TextBlock;
import nl.geokern.core.text.Readability;
import nl.geokern.core.text.Sentences;
import nl.geokern.core.text.Words;

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
    // Several rules (running in parallel) and the report measure the same post; the measurement is
    // pure, so it is made once per post, keyed by the identity of the post's blocks.
    if (MEMO.size() > MEMO_CAPACITY) {
      MEMO.clear();
    }
    return MEMO.computeIfAbsent(new Key(post.body().blocks(), language, maxSentenceWords),
        k -> of(k.blocks(), k.language(), k.maxSentenceWords()));
  }

  private static final int MEMO_CAPACITY = 8192;
  private static final java.util.concurrent.ConcurrentHashMap<Key, ReadabilityMetrics> MEMO =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Identity of the blocks (records compare deeply, which would cost as much as measuring). */
  private record Key(List<Block> blocks, Optional<Readability.Language> language, int maxSentenceWords) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.blocks == blocks && k.maxSentenceWords == maxSentenceWords
          && k.language.equals(language);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(blocks) * 31 + maxSentenceWords;
    }
  }

  /** Measures blocks of running text, as {@link #of(BlogPost, Optional, int)} does for a post. */
  public static ReadabilityMetrics of(List<Block> blocks, Optional<Readability.Language> language, int maxSentenceWords) {
    int words = 0;
    int sentences = 0;
    int syllables = 0;
    int longSentences = 0;
    SourceSpan firstLong = null;
    int longestWords = 0;
    SourceSpan longest = null;
    for (Block b : blocks) {
      if (!(b instanceof TextBlock t) || !isRunningText(t)) {
        continue;
      }
      for (String sentence : Sentences.split(t.text())) {
        List<String> w = Words.split(sentence);
        if (w.isEmpty()) {
          continue;
        }
        sentences++;
        words += w.size();
        if (w.size() > maxSentenceWords) {
          longSentences++;
          if (firstLong == null) {
            firstLong = t.span();
          }
        }
        if (language.isPresent()) {
          for (String word : w) {
            syllables += Readability.syllables(language.get(), word);
          }
        }
      }
      if (t.kind() == TextBlock.Kind.PARAGRAPH) {
        int n = Words.count(t.text());
        if (n > longestWords) {
          longestWords = n;
          longest = t.span();
        }
      }
    }
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
