package nl.geokern.core.rules;

import java.util.List;
import nl.geokern.core.analysis.PostAnalysis;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.model.Block;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.Heading;
import nl.geokern.core.model.TextBlock;
import nl.geokern.core.text.TextFold;

/**
 * Rule {@code post.fictional-disclaimer}: a post marked {@code fictional: true} says so before its
 * first H2, in a quote or paragraph that contains one of the disclaimer phrases.
 *
 * <p>Why: a made-up case presented as real misleads readers and answer engines that quote it as a
 * fact; the disclaimer must be visible where every reader sees it, at the top.
 */
final class PostFictionalDisclaimerRule extends PostRule<PostFictionalDisclaimerRule.Options> {

  /**
   * Options of {@code post.fictional-disclaimer}.
   *
   * @param phrases words of which a disclaimer contains at least one (ignoring case and accents)
   */
  public record Options(List<String> phrases) {
    /** Copies the list. */
    public Options {
      phrases = List.copyOf(phrases);
    }
  }

  /** The rule with the default Dutch and English phrases. */
  public PostFictionalDisclaimerRule() {
    super("post.fictional-disclaimer", Severity.ERROR,
        "A fictional post shows a disclaimer before its first H2.",
        new Options(List.of("voorbeeldcase", "fictief", "fictieve", "fictional", "illustratief")));
  }

  @Override
  void checkPost(PostAnalysis analysis, ContentSet content, Options options, List<Finding> out) {
    BlogPost post = analysis.post();
    if (!post.fictional()) {
      return;
    }
    List<String> phrases = options.phrases().stream().map(p -> TextFold.fold(p.strip())).toList();
    for (Block b : post.body().blocks()) {
      if (b instanceof Heading h && h.level() >= 2) {
        break;
      }
      if (b instanceof TextBlock t) {
        String text = TextFold.fold(t.text());
        for (String p : phrases) {
          if (!p.isEmpty() && text.contains(p)) {
            return;
          }
        }
      }
    }
    out.add(finding(post.spanOf("fictional"),
        "post is marked 'fictional: true' but has no disclaimer before the first H2; expected a quote or paragraph"
            + " containing one of: " + String.join(", ", options.phrases()),
        "add a line under the title, e.g. '> Dit is een voorbeeldcase: het bedrijf en de cijfers zijn fictief.'"));
  }
}
