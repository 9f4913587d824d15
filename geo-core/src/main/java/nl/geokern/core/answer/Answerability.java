package nl.geokern.core.answer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import nl.geokern.core.model.ContentSet;

/**
 * Asks every question geo knows of the site's passages, the way a lexical answer engine would, and
 * reports where the page meant to answer each ranks.
 *
 * <p>Questions are the persona questions, the FAQ page's items and the posts' FAQ questions
 * ({@link Questions}); passages come from the built site ({@link HtmlPassages}) or, without one, from
 * the content model ({@link ModelPassages}). The index lives for one call. Findings:
 * <ul>
 *   <li>{@value #RULE_ID} (warning): a question with an intended page that is not among the
 *       {@value #TOP} best passages;</li>
 *   <li>{@value #CANNIBALISATION_RULE_ID} (warning): the two best passages come from two pages, not
 *       both meant to answer the question, and the second scores within the margin (default 10 %) of
 *       the first, so an answer engine may quote either.</li>
 * </ul>
 */
public final class Answerability {

  /** The rule id of a question whose intended page is not in the top. */
  public static final String RULE_ID = "geo.answerability";

  /** The rule id of two pages that compete for one question. */
  public static final String CANNIBALISATION_RULE_ID = "geo.cannibalisation";

  /** How many of the best passages count as "found": an answer engine quotes from the first few. */
  public static final int TOP = 3;

  private Answerability() {}

  /** Answerability of the content model's own passages (for {@code validate}), with the default options. */
  public static AnswerabilityResult ofContent(ContentSet content) {
    return ofContent(content, AnswerabilityOptions.DEFAULT);
  }

  /** Answerability of the content model's own passages. */
  public static AnswerabilityResult ofContent(ContentSet content, AnswerabilityOptions options) {
    return check(content, ModelPassages.of(content, options.maxPassageWords()), options);
  }

  /**
   * Answerability of the built site under {@code siteDirectory}, with the default options.
   *
   * @throws IOException when the site cannot be read
   */
  public static AnswerabilityResult ofSite(ContentSet content, Path siteDirectory) throws IOException {
    return ofSite(content, siteDirectory, AnswerabilityOptions.DEFAULT);
  }

  /**
   * Answerability of the built site under {@code siteDirectory} (for {@code check-html} and
   * {@code inject}): every HTML page's passages.
   *
   * @throws IOException when the site cannot be read
   */
  public static AnswerabilityResult ofSite(ContentSet content, Path siteDirectory, AnswerabilityOptions options)
      throws IOException {
    return check(content, HtmlPassages.fromSite(siteDirectory, options.maxPassageWords()), options);
  }

  /** Asks the content's questions of {@code passages}, indexed for the site's language. */
  public static AnswerabilityResult check(ContentSet content, List<Passage> passages, AnswerabilityOptions options) {
    String siteUrl = content.site().url();
    List<QuestionResult> results = new ArrayList<>();
    try (PassageIndex index = PassageIndex.build(passages, content.site().language())) {
      for (Question q : Questions.of(content)) {
        results.add(answer(index, q, siteUrl, options.depth()));
      }
    }
    return new AnswerabilityResult(results, AnswerabilitySummary.of(results),
        AnswerabilityFindings.of(results, content, options));
  }

  private static QuestionResult answer(PassageIndex index, Question q, String siteUrl, int depth) {
    List<PassageHit> hits = index.search(q.text(), depth);
    Set<String> intended = q.intendedPages().stream().map(p -> PageUrls.key(p, siteUrl)).collect(Collectors.toSet());
    Optional<PassageHit> best = hits.stream().filter(h -> intended.contains(PageUrls.key(h.passage().page(), siteUrl)))
        .findFirst();
    OptionalInt rank = best.map(h -> OptionalInt.of(h.rank())).orElse(OptionalInt.empty());
    return new QuestionResult(q, rank, best, hits.subList(0, Math.min(TOP, hits.size())));
  }
}
