package nl.geokern.core.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.FaqItem;
import nl.geokern.core.model.FaqPair;
import nl.geokern.core.model.PersonaQuestion;

/** Every question a content set knows, with the pages meant to answer each. */
public final class Questions {

  private Questions() {}

  /**
   * The persona questions (in file order), then the FAQ page's items, then each post's FAQ
   * questions. A persona question is meant to be answered by every post that lists it in
   * {@code answers}, and by the FAQ page when one of its items does.
   */
  public static List<Question> of(ContentSet content) {
    List<Question> out = new ArrayList<>();
    String faqPage = content.site().faqPage().url();
    Map<String, Set<String>> answeredBy = new HashMap<>();
    for (BlogPost post : content.posts()) {
      for (String id : post.answers()) {
        answeredBy.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(post.url());
      }
    }
    for (FaqItem item : content.faqItems()) {
      for (String id : item.answers()) {
        answeredBy.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(faqPage);
      }
    }
    for (PersonaQuestion q : content.personaQuestions().values()) {
      List<String> pages = List.copyOf(answeredBy.getOrDefault(q.id(), Set.of()));
      out.add(new Question(QuestionKind.PERSONA, q.id(), q.text(), Optional.of(q.personaId()), q.span(), pages));
    }
    for (FaqItem item : content.faqItems()) {
      out.add(new Question(QuestionKind.FAQ_ITEM, item.id(), item.question(), Optional.empty(), item.questionSpan(),
          List.of(faqPage)));
    }
    for (BlogPost post : content.posts()) {
      List<FaqPair> pairs = post.body().faq().map(f -> f.pairs()).orElse(List.of());
      for (int i = 0; i < pairs.size(); i++) {
        FaqPair pair = pairs.get(i);
        out.add(new Question(QuestionKind.POST_FAQ, post.slug() + "#faq-" + (i + 1), pair.question(),
            Optional.empty(), pair.questionSpan(), List.of(post.url())));
      }
    }
    return List.copyOf(out);
  }
}
