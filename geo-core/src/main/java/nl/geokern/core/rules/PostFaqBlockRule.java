package nl.geokern.core.rules;

import java.util.List;
import nl.geokern.core.analysis.PostAnalysis;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.FaqPair;
import nl.geokern.core.model.FaqSection;

/**
 * Rule {@code post.faq-block}: a post ends with a FAQ section of 3–5 questions, each answered.
 *
 * <p>Why: the content plan puts 3–5 related questions under every post; they catch the follow-up
 * questions people ask search and answer engines, and they become the page's FAQPage markup. Fewer
 * than three adds little, more than five belongs on the FAQ page. The section comes last so that
 * the post reads as article first, questions after.
 */
final class PostFaqBlockRule extends PostRule<PostFaqBlockRule.Options> {

  /**
   * Options of {@code post.faq-block}.
   *
   * @param min the fewest questions
   * @param max the most questions
   */
  public record Options(int min, int max) {
    /** Rejects a negative minimum and a maximum below the minimum. */
    public Options {
      if (min < 0 || max < min) {
        throw new IllegalArgumentException("min must be 0 or more and max at least min, found min " + min + ", max " + max);
      }
    }
  }

  /** The rule with the content plan's defaults: 3–5 questions. */
  public PostFaqBlockRule() {
    super("post.faq-block", Severity.ERROR, "A post ends with a FAQ section of 3–5 answered questions.",
        new Options(3, 5));
  }

  @Override
  void checkPost(PostAnalysis analysis, ContentSet content, Options options, List<Finding> out) {
    BlogPost post = analysis.post();
    String range = options.min() + "–" + options.max();
    // FAQ items referenced in the front matter ('faq: [ids]') are written under the post by geo.
    int referenced = post.faq().size();
    if (post.body().faq().isEmpty()) {
      if (referenced == 0 && options.min() > 0) {
        out.add(finding(headSpan(post),
            "the post has no FAQ section; expected one at the end with " + range + " questions",
            "end the post with '## Veelgestelde vragen' and " + range
                + " related questions, each an H3 followed by its answer"));
      } else if (referenced > 0) {
        count(referenced, post.spanOf("faq"), "'faq' references", options, out);
      }
      return;
    }
    FaqSection faq = post.body().faq().get();
    String what = referenced == 0 ? "the FAQ section has" : "the FAQ section and the items in 'faq' have";
    count(faq.pairs().size() + referenced, faq.heading().span(), what, options, out);
    for (FaqPair pair : faq.pairs()) {
      if (pair.answerText().isBlank()) {
        out.add(finding(pair.questionSpan(),
            "FAQ question " + quote(pair.question(), 80) + " has no answer; expected a paragraph under it",
            "write the answer under the question, starting with a sentence that answers it directly"));
      }
    }
    if (!faq.lastInBody()) {
      out.add(finding(faq.heading().span(),
          "the FAQ section " + quote(faq.heading().text(), 40) + " is followed by other sections; expected it last",
          "move the FAQ section to the end of the post, after the conclusion and 'Verder lezen'"));
    }
  }

  private void count(int n, nl.geokern.core.model.SourceSpan span, String what, Options options, List<Finding> out) {
    String range = options.min() + "–" + options.max();
    if (n < options.min()) {
      out.add(finding(span, what + " " + plural(n, "question", "questions") + "; a post needs " + range,
          "add " + plural(options.min() - n, "more related question", "more related questions")
              + ", each an H3 followed by its answer, or reference FAQ items in 'faq'"));
    } else if (n > options.max()) {
      out.add(finding(span, what + " " + n + " questions; a post needs " + range,
          "keep the " + options.max() + " most relevant; move the others to faq.yaml (the FAQ page)"));
    }
  }
}
