package nl.geokern.core.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.FaqItem;
import nl.geokern.core.model.Persona;
import nl.geokern.core.model.PersonaQuestion;

/**
 * {@code coverage.persona-questions}: every persona question is answered by at least one post or FAQ
 * item.
 *
 * <p>Editorial reason: the personas' questions are why the content exists; a question nobody answers
 * is a reader (and a search) the site loses. Answers are explicit links: a post's or FAQ item's
 * {@code answers} list names the question's id. Text similarity is not taken as an answer.
 */
final class CoveragePersonaQuestionsRule extends BaseRule<CoveragePersonaQuestionsRule.Options> {

  /** The rule's id. */
  public static final String ID = "coverage.persona-questions";

  /** Options of {@code coverage.persona-questions}: none. */
  public record Options() {}

  /** The rule with its default severity and options. */
  public CoveragePersonaQuestionsRule() {
    super(ID, Severity.ERROR,
        "Every persona question is answered by at least one post or FAQ item.",
        new Options());
  }

  @Override
  public List<Finding> check(RuleContext context, Options options) {
    ContentSet c = context.content();
    Set<String> answered = new HashSet<>();
    for (BlogPost p : c.posts()) {
      answered.addAll(p.answers());
    }
    for (FaqItem i : c.faqItems()) {
      answered.addAll(i.answers());
    }
    List<Finding> out = new ArrayList<>();
    for (Persona persona : c.personas()) {
      for (PersonaQuestion q : persona.questions()) {
        if (!answered.contains(q.id())) {
          out.add(Finding.error(ID, q.span(),
              "persona question '" + q.id() + "' of " + persona.id() + " (\"" + q.text()
                  + "\") is not answered by any post or FAQ item",
              "add " + q.id() + " to the answers of the post or FAQ item that answers it, or write one"));
        }
      }
    }
    return out;
  }
}
