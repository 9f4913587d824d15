package nl.geokern.core.metrics;

import java.util.List;
import java.util.Objects;
import nl.geokern.core.model.SourceSpan;

/**
 * Which posts and FAQ items answer one persona question (linked explicitly by their {@code answers}).
 *
 * @param id the question's id
 * @param text the question as the persona asks it
 * @param personaId the persona that asks it
 * @param personaName the persona's name
 * @param postSlugs slugs of the posts that answer it, in content order
 * @param faqItemIds ids of the FAQ items that answer it, in file order
 * @param span where the question is defined
 */
public record QuestionCoverage(
    String id, String text, String personaId, String personaName, List<String> postSlugs, List<String> faqItemIds,
    SourceSpan span) {

  /** Rejects nulls and copies the lists. */
  public QuestionCoverage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(personaId, "personaId");
    Objects.requireNonNull(personaName, "personaName");
    postSlugs = List.copyOf(postSlugs);
    faqItemIds = List.copyOf(faqItemIds);
    Objects.requireNonNull(span, "span");
  }

  /** Whether at least one post or FAQ item answers the question. */
  public boolean answered() {
    return !postSlugs.isEmpty() || !faqItemIds.isEmpty();
  }
}
