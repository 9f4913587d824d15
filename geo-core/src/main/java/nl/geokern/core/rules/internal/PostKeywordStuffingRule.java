package nl.geokern.core.rules.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
public final class PostKeywordStuffingRule extends PostRule<PostKeywordStuffingRule.Options> {

  /**
   * Options of {@code post.keyword-stuffing}.
   *
   * @param maxDensityPercent the highest share of the body, in percent, the keyphrase may take
   * @param stopWords words left out of the keyphrase and the body before counting
   */
  public record Options(double maxDensityPercent, List<String> stopWords) {
    /** Rejects a density outside 0–100; copies the list. */
    public Options {
      if (maxDensityPercent <= 0 || maxDensityPercent > 100) {
        throw new IllegalArgumentException("maxDensityPercent must be above 0 and at most 100, found " + maxDensityPercent);
      }
      stopWords = List.copyOf(stopWords);
    }
  }

  /** The rule with the default maximum density of 3%. */
  public PostKeywordStuffingRule() {
    super("post.keyword-stuffing", Severity.WARNING, "The focus keyphrase makes up at most 3% of the body.",
        new Options(3.0, Keyphrases.DEFAULT_STOP_WORDS));
  }

  @Override
  void checkPost(BlogPost post, ContentSet content, Options options, List<Finding> out) {
    int bodyWords = post.body().wordCount();
    Optional<Keyphrases.Focus> focus = Keyphrases.focus(post, content);
    if (focus.isEmpty() || bodyWords == 0) {
      return;
    }
    Keyphrases.StopWords stop = Keyphrases.StopWords.of(options.stopWords());
    List<String> words = Keyphrases.contentWords(focus.get().phrase(), stop.set());
    if (words.isEmpty()) {
      return;
    }
    int occurrences = Keyphrases.Matcher.of(words, stop).occurrences(post.body().blocks());
    double density = occurrences * words.size() * 100.0 / bodyWords;
    if (density > options.maxDensityPercent()) {
      out.add(finding(headSpan(post),
          String.format(Locale.ROOT,
              "focus keyphrase '%s' makes up %.1f%% of the body (%d occurrences × %d words in %d words); at most %.1f%%",
              focus.get().phrase(), density, occurrences, words.size(), bodyWords, options.maxDensityPercent()),
          "replace some occurrences with synonyms, a shorter form or 'het'/'dit'; write for the reader first"));
    }
  }
}
