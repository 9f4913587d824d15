package nl.geokern.core.answer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How the site answers one question: where the intended page's best passage ranks and which
 * passages come first.
 *
 * @param question the question
 * @param rank the rank of the intended pages' best passage (1 is best); empty when no passage of
 *     them is among the results searched, or the question has no intended page
 * @param intended the intended pages' best passage, when it was found
 * @param top the best passages, at most {@link Answerability#TOP}, best first
 */
public record QuestionResult(Question question, OptionalInt rank, Optional<PassageHit> intended, List<PassageHit> top) {

  /** Rejects nulls and copies the passages. */
  public QuestionResult {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(rank, "rank");
    Objects.requireNonNull(intended, "intended");
    top = List.copyOf(top);
  }

  /** The best passage on the site, if any passage matches. */
  public Optional<PassageHit> winner() {
    return top.isEmpty() ? Optional.empty() : Optional.of(top.get(0));
  }

  /** Whether the question names a page meant to answer it. */
  public boolean hasIntendedPage() {
    return !question.intendedPages().isEmpty();
  }

  /** Whether an intended page gives the best passage. */
  public boolean atRankOne() {
    return rank.isPresent() && rank.getAsInt() == 1;
  }

  /** Whether an intended page is among the {@link Answerability#TOP} best passages. */
  public boolean inTop() {
    return rank.isPresent() && rank.getAsInt() <= Answerability.TOP;
  }

  /** The passages of the top that rank before the intended page's best (all of the top when it is not found). */
  public List<PassageHit> ahead() {
    int limit = rank.orElse(Integer.MAX_VALUE);
    return top.stream().filter(h -> h.rank() < limit).toList();
  }
}
