package nl.geokern.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question and answer of the FAQ page; its one source is {@code faq.yaml}.
 *
 * @param id unique id; posts and the calendar refer to the item by it
 * @param question the question
 * @param answer the answer, in Markdown
 * @param answerText the answer's plain text, as rules measure it
 * @param clusters cluster ids the item belongs to
 * @param personas persona ids the item is for
 * @param places place names the item mentions
 * @param answers persona question ids the item answers
 * @param added when the item was added, if recorded
 * @param span where the item starts
 * @param questionSpan where the question text is
 * @param answerSpan where the answer text is
 */
public record FaqItem(
    String id,
    String question,
    String answer,
    String answerText,
    List<String> clusters,
    List<String> personas,
    List<String> places,
    List<String> answers,
    Optional<LocalDate> added,
    SourceSpan span,
    SourceSpan questionSpan,
    SourceSpan answerSpan) {

  /** Rejects nulls and copies the lists. */
  public FaqItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(answerText, "answerText");
    clusters = List.copyOf(clusters);
    personas = List.copyOf(personas);
    places = List.copyOf(places);
    answers = List.copyOf(answers);
    Objects.requireNonNull(added, "added");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(questionSpan, "questionSpan");
    Objects.requireNonNull(answerSpan, "answerSpan");
  }
}
