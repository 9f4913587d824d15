package nl.geokern.core.rules.internal;

import java.util.ArrayList;
import java.util.List;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.model.Block;
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
public final class PostLocalPlaceRule extends PostRule<PostLocalPlaceRule.Options> {

  /** Options of {@code post.local-place}: none; the places come from {@code site.yaml}. */
  public record Options() {}

  /** The rule. */
  public PostLocalPlaceRule() {
    super("post.local-place", Severity.ERROR,
        "A local post names a configured place in its title, intro or a subheading.", new Options());
  }

  @Override
  void checkPost(BlogPost post, ContentSet content, Options options, List<Finding> out) {
    if (post.intent().orElse(null) != SearchIntent.LOCAL) {
      return;
    }
    List<String> spellings = new ArrayList<>();
    for (Place p : content.site().places()) {
      for (String s : p.spellings()) {
        if (!s.isBlank()) {
          spellings.add(Keyphrases.fold(s.strip()));
        }
      }
    }
    if (namesPlace(post.title(), spellings)) {
      return;
    }
    for (TextBlock t : post.body().intro()) {
      if (namesPlace(t.text(), spellings)) {
        return;
      }
    }
    for (Block b : post.body().blocks()) {
      if (b instanceof Heading h && h.level() >= 2 && namesPlace(h.text(), spellings)) {
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

  /** Whether {@code text} contains one of the folded spellings as a whole word. */
  static boolean namesPlace(String text, List<String> foldedSpellings) {
    String t = Keyphrases.fold(text);
    for (String s : foldedSpellings) {
      for (int i = t.indexOf(s); i >= 0; i = t.indexOf(s, i + 1)) {
        int end = i + s.length();
        boolean before = i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1));
        boolean after = end == t.length() || !Character.isLetterOrDigit(t.charAt(end));
        if (before && after) {
          return true;
        }
      }
    }
    return false;
  }
}
