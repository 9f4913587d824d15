package nl.geokern.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.FaqItem;
import nl.geokern.core.model.FaqPair;
import nl.geokern.core.model.SourceSpan;
import nl.geokern.core.text.Sentences;
import nl.geokern.core.text.Words;

/**
 * The analysis of a whole content set: one {@link PostAnalysis} per post and every FAQ answer
 * measured.
 *
 * @param posts the posts' analyses, in content order
 * @param faqAnswers the FAQ page's answers in file order, then each post's FAQ answers
 */
public record ContentAnalysis(List<PostAnalysis> posts, List<FaqAnswer> faqAnswers) {

  /** Copies the lists. */
  public ContentAnalysis {
    posts = List.copyOf(posts);
    faqAnswers = List.copyOf(faqAnswers);
  }

  /** Analyses every post (in parallel: each post on its own) and every FAQ answer. */
  public static ContentAnalysis of(ContentSet content) {
    Objects.requireNonNull(content, "content");
    PostAnalyzer analyzer = new PostAnalyzer(content);
    List<PostAnalysis> posts = content.posts().parallelStream().map(analyzer::analyse).toList();
    List<FaqAnswer> answers = new ArrayList<>();
    for (FaqItem item : content.faqItems()) {
      answers.add(answer(item.question(), item.answerText(), item.answerSpan(), Optional.empty()));
    }
    for (BlogPost post : content.posts()) {
      for (FaqPair pair : post.body().faq().map(f -> f.pairs()).orElse(List.of())) {
        answers.add(answer(pair.question(), pair.answerText(), pair.answerSpan(), Optional.of(post)));
      }
    }
    return new ContentAnalysis(posts, answers);
  }

  private static FaqAnswer answer(String question, String text, SourceSpan span,
      Optional<BlogPost> post) {
    return new FaqAnswer(question, text, span, post, Words.count(text), Sentences.first(text));
  }
}
