package nl.geokern.core.rules.internal;

import java.util.List;
import java.util.Optional;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.model.Block;
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
 * outline; the keyphrase in all three tells them what the post answers. Matching is by word:
 * case and accents are ignored, hyphenated words count as their parts ({@code AI-workshop}), stop
 * words are left out and inflections match by a shared prefix of five or more characters
 * ({@code automatisering} ~ {@code automatiseren}).
 */
public final class PostKeywordsRule extends PostRule<PostKeywordsRule.Options> {

  /**
   * Options of {@code post.keywords}.
   *
   * @param stopWords words left out of the keyphrase before matching (Dutch and English by default)
   */
  public record Options(List<String> stopWords) {
    /** Copies the list. */
    public Options {
      stopWords = List.copyOf(stopWords);
    }
  }

  /** The rule with the default Dutch and English stop words. */
  public PostKeywordsRule() {
    super("post.keywords", Severity.WARNING,
        "The focus keyphrase appears in the title, the intro and an H2/H3.", new Options(Keyphrases.DEFAULT_STOP_WORDS));
  }

  @Override
  void checkPost(BlogPost post, ContentSet content, Options options, List<Finding> out) {
    Optional<Keyphrases.Focus> focus = Keyphrases.focus(post, content);
    if (focus.isEmpty()) {
      return;
    }
    Keyphrases.StopWords stop = Keyphrases.StopWords.of(options.stopWords());
    List<String> words = Keyphrases.contentWords(focus.get().phrase(), stop.set());
    if (words.isEmpty()) {
      return;
    }
    Keyphrases.Matcher matcher = Keyphrases.Matcher.of(words, stop);
    String phrase = "focus keyphrase '" + focus.get().phrase() + "' (" + focus.get().source() + ")";

    List<String> missingInTitle = matcher.missing(post.title());
    if (!missingInTitle.isEmpty()) {
      out.add(finding(post.spanOf("title"),
          phrase + " is not in the title " + quote(post.title(), 70) + "; missing: " + String.join(", ", missingInTitle),
          "use the keyphrase in the title; inflections and hyphenated forms count (AI-workshop, automatiseren)"));
    }

    List<TextBlock> intro = post.body().intro();
    // One text, not block by block: a letter outside the folding table sends the whole text through
    // Unicode normalisation, whose lower-casing looks at neighbouring words (final sigma).
    StringBuilder introText = new StringBuilder();
    for (TextBlock t : intro) {
      introText.append(t.text()).append(' ');
    }
    List<String> missingInIntro = matcher.missing(introText.toString());
    if (!missingInIntro.isEmpty()) {
      SourceSpan span = intro.isEmpty() ? headSpan(post) : intro.get(0).span();
      out.add(finding(span,
          phrase + " is not in the intro before the first H2; missing: " + String.join(", ", missingInIntro),
          "use the keyphrase in the opening paragraph, ideally in its first two sentences"));
    }

    Heading firstSub = null;
    for (Block b : post.body().blocks()) {
      if (b instanceof Heading h && (h.level() == 2 || h.level() == 3)) {
        if (firstSub == null) {
          firstSub = h;
        }
        if (matcher.foundAll(h.text())) {
          return;
        }
      }
    }
    out.add(finding(firstSub != null ? firstSub.span() : headSpan(post),
        phrase + " is in no H2 or H3 subheading",
        "use the keyphrase in at least one H2 or H3, e.g. as the question a section answers"));
  }
}
