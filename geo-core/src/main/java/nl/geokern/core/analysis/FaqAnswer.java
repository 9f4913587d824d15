package nl.geokern.core.analysis;

import java.util.Objects;
import java.util.Optional;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.SourceSpan;

/**
 * One FAQ answer, on the FAQ page or in a post's FAQ section, as the analysis measured it.
 *
 * @param question the question it answers
 * @param text the answer's plain text
 * @param span where the answer is
 * @param post the post it is in; empty for a FAQ page item
 * @param words the answer's words
 * @param firstSentence the answer's first sentence; empty when it has no words
 */
public record FaqAnswer(
    String question, String text, SourceSpan span, Optional<BlogPost> post, int words, Optional<String> firstSentence) {

  /** Rejects nulls. */
  public FaqAnswer {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(firstSentence, "firstSentence");
  }
}
