package nl.geokern.core.rules;

import java.util.List;
import java.util.Optional;
import nl.geokern.core.analysis.KeyphraseMatch;
import nl.geokern.core.analysis.PostAnalysis;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.Heading;
import nl.geokern.core.model.SourceSpan;
import nl.geokern.core.model.TextBlock;

/**
 * Rule {@code post.keywords}: the focus keyphrase (the first of the post's {@code keywords}, else
 * its cluster's first keyword) appears in the title, the intro and at least one H2/H3.
 *
 * <p>Why: search and answer engines match a page to a question by its title, its opening and its
 * outline; the keyphrase in all three tells them what the post answers. Matching is by word (see
 * {@link KeyphraseMatch}): case and accents are ignored, hyphenated words count as their parts
 * ({@code AI-workshop}), the site language's stop words are left out and inflections match by their
 * Snowball stem ({@code automatisering} ~ {@code automatiseren}).
 */
final class PostKeywordsRule extends PostRule<PostKeywordsRule.Options> {

  /** Options of {@code post.keywords}: none; the stop words and stems follow the site's language. */
  public record Options() {}

  /** The rule. */
  PostKeywordsRule() {
    super("post.keywords", Severity.WARNING,
        "The focus keyphrase appears in the title, the intro and an H2/H3.", new Options());
  }

  @Override
  void checkPost(PostAnalysis analysis, ContentSet content, Options options, List<Finding> out) {
    if (analysis.keyphrase().isEmpty()) {
      return;
    }
    BlogPost post = analysis.post();
    KeyphraseMatch match = analysis.keyphrase().get();
    String phrase = "focus keyphrase '" + match.phrase() + "' (" + match.source() + ")";
    if (!match.missingInTitle().isEmpty()) {
      out.add(finding(post.spanOf("title"), phrase + " is not in the title " + quote(post.title(), 70)
              + "; missing: " + String.join(", ", match.missingInTitle()),
          "use the keyphrase in the title; inflections and hyphenated forms count (AI-workshop, automatiseren)"));
    }
    if (!match.missingInIntro().isEmpty()) {
      List<TextBlock> intro = post.body().intro();
      SourceSpan span = intro.isEmpty() ? headSpan(post) : intro.get(0).span();
      out.add(finding(span,
          phrase + " is not in the intro before the first H2; missing: " + String.join(", ", match.missingInIntro()),
          "use the keyphrase in the opening paragraph, ideally in its first two sentences"));
    }
    if (!match.inSubheading()) {
      Optional<Heading> firstSub = post.body().headings().stream()
          .filter(h -> h.level() == 2 || h.level() == 3).findFirst();
      out.add(finding(firstSub.map(Heading::span).orElse(headSpan(post)),
          phrase + " is in no H2 or H3 subheading",
          "use the keyphrase in at least one H2 or H3, e.g. as the question a section answers"));
    }
  }
}
