package nl.geokern.core.rules;

import java.util.List;
import nl.geokern.core.analysis.BlockAnalysis;
import nl.geokern.core.analysis.PostAnalysis;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.Heading;
import nl.geokern.core.model.Place;
import nl.geokern.core.model.SearchIntent;
import nl.geokern.core.model.TextBlock;

/**
 * Rule {@code post.local-place}: a post with intent {@code local} names a configured place (name or
 * alias, whole word, ignoring case and accents) in its title, its intro or a subheading.
 *
 * <p>Why: a local searcher asks "… in Amsterdam"; a page is only matched to that question when the
 * place is where search and answer engines look first, not only somewhere in the body.
 */
final class PostLocalPlaceRule extends PostRule<PostLocalPlaceRule.Options> {

  /** Options of {@code post.local-place}: none; the places come from {@code site.yaml}. */
  public record Options() {}

  /** The rule. */
  public PostLocalPlaceRule() {
    super("post.local-place", Severity.ERROR,
        "A local post names a configured place in its title, intro or a subheading.", new Options());
  }

  @Override
  void checkPost(PostAnalysis analysis, ContentSet content, Options options, List<Finding> out) {
    BlogPost post = analysis.post();
    if (post.intent().orElse(null) != SearchIntent.LOCAL) {
      return;
    }
    if (!analysis.titlePlaces().isEmpty()) {
      return;
    }
    boolean intro = true;
    for (BlockAnalysis b : analysis.blocks()) {
      boolean subheading = b.block() instanceof Heading h && h.level() >= 2;
      intro &= !subheading;
      boolean introText = intro && b.block() instanceof TextBlock t && t.kind() != TextBlock.Kind.QUOTE;
      if ((subheading || introText) && !b.places().isEmpty()) {
        return;
      }
    }
    List<String> names = content.site().places().stream().map(Place::name).toList();
    String example = !post.places().isEmpty() ? post.places().get(0) : names.isEmpty() ? "Amsterdam" : names.get(0);
    out.add(finding(post.spanOf("intent"),
        "post has intent 'local' but names no configured place in its title, intro or a subheading; places: "
            + (names.isEmpty() ? "(none in site.yaml)" : String.join(", ", names)),
        "name the place the post is for (e.g. '" + example + "') in the title or an H2, or add it to site.yaml's places"));
  }
}
