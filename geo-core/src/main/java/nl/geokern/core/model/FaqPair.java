package nl.geokern.core.model;

import java.util.Objects;

/**
 * One question and its answer from a post's FAQ section.
 *
 * @param question the question's plain text
 * @param answer the answer's Markdown source
 * @param answerText the answer's plain text
 * @param questionSpan where the question is
 * @param answerSpan where the answer starts
 */
public record FaqPair(String question, String answer, String answerText, SourceSpan questionSpan, SourceSpan answerSpan) {

  /** Rejects nulls. */
  public FaqPair {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(answerText, "answerText");
    Objects.requireNonNull(questionSpan, "questionSpan");
    Objects.requireNonNull(answerSpan, "answerSpan");
  }
}
