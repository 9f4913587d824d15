package nl.geokern.core.rules;

import java.util.List;
import java.util.Locale;
import nl.geokern.core.analysis.BlockAnalysis;
import nl.geokern.core.analysis.PostAnalysis;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.model.Block;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.Heading;
import nl.geokern.core.model.TextBlock;

/**
 * Rule {@code post.headings}: one H1 (the title), H2 and H3 below it without skipped levels, a
 * short intro before the first H2 and a conclusion before the FAQ section.
 *
 * <p>Why: answer engines and screen readers read a post by its outline; a clean outline of
 * question-like H2s lets them lift a section as an answer. The intro says what the post answers,
 * the conclusion gives the short answer a reader (or a summary) takes away. Structural errors
 * (two H1s, H4 and deeper, skipped levels) are errors; a missing intro or conclusion is a warning.
 */
final class PostHeadingsRule extends PostRule<PostHeadingsRule.Options> {

  /**
   * Options of {@code post.headings}.
   *
   * @param requireH1 whether the body must have an H1; set false when the site generator renders the
   *     title as H1 (then an H1 is optional, but still at most one)
   * @param maxLevel the deepest heading level allowed (3: H2 and H3 below the title)
   * @param introMinWords the fewest words of paragraphs before the first H2
   * @param conclusionHeadings H2 texts that open a conclusion (case-insensitive; a heading that starts
   *     with one counts)
   */
  public record Options(boolean requireH1, int maxLevel, int introMinWords, List<String> conclusionHeadings) {
    /** Rejects levels outside 2–6 and a negative word count; copies the headings. */
    public Options {
      if (maxLevel < 2 || maxLevel > 6) {
        throw new IllegalArgumentException("maxLevel must be 2–6, found " + maxLevel);
      }
      if (introMinWords < 0) {
        throw new IllegalArgumentException("introMinWords must be 0 or more, found " + introMinWords);
      }
      conclusionHeadings = List.copyOf(conclusionHeadings);
    }
  }

  /** The rule with the content plan's defaults. */
  public PostHeadingsRule() {
    super("post.headings", Severity.ERROR,
        "One H1, H2/H3 below it without skipped levels, a short intro and a conclusion.",
        new Options(true, 3, 20, List.of("Conclusie", "Tot slot", "Samenvatting", "Conclusion")));
  }

  @Override
  void checkPost(PostAnalysis analysis, ContentSet content, Options options, List<Finding> out) {
    BlogPost post = analysis.post();
    Heading firstH1 = null;
    Heading previous = null;
    Heading firstH2 = null;
    int introWords = 0;
    boolean introParagraph = false;
    for (BlockAnalysis measured : analysis.blocks()) {
      Block b = measured.block();
      if (b instanceof TextBlock t) {
        if (firstH2 == null && t.kind() == TextBlock.Kind.PARAGRAPH) {
          introParagraph = true;
          introWords += measured.words();
        }
        continue;
      }
      Heading h = (Heading) b;
      if (h.level() == 1) {
        if (firstH1 == null) {
          firstH1 = h;
        } else {
          out.add(finding(h.span(),
              "second H1 heading " + quote(h.text(), 60) + "; a post has exactly one H1, its title",
              "make it an H2 ('## " + h.text() + "')"));
        }
      } else if (h.level() > options.maxLevel()) {
        out.add(finding(h.span(),
            "H" + h.level() + " heading " + quote(h.text(), 60) + "; posts use H2" + (options.maxLevel() > 2 ? "–H" + options.maxLevel() : "")
                + " below the title (maxLevel " + options.maxLevel() + ")",
            "make it an H" + options.maxLevel() + ", or turn the subsection into a paragraph or a list"));
      } else {
        // Without an H1 in the body the generator renders the title as one, so the outline starts at 1.
        int above = previous == null ? 1 : previous.level();
        if (h.level() > above + 1) {
          String after = previous == null ? "the title" : "H" + previous.level() + " " + quote(previous.text(), 40);
          out.add(finding(h.span(),
              "H" + h.level() + " heading " + quote(h.text(), 60) + " follows " + after
                  + "; heading levels may not be skipped (expected H" + (above + 1) + ")",
              "make it an H" + (above + 1) + ", or add an H" + (above + 1) + " above it"));
        }
      }
      if (h.level() == 2 && firstH2 == null) {
        firstH2 = h;
      }
      previous = h;
    }
    if (firstH1 == null && options.requireH1()) {
      out.add(finding(headSpan(post),
          "the body has no H1 heading; expected one H1 with the title",
          "start the body with '# " + post.title() + "', or set requireH1: false when the site generator renders the title"));
    }
    if (!introParagraph || introWords < options.introMinWords()) {
      String found = introParagraph ? "has " + plural(introWords, "word", "words") : "has no paragraph";
      out.add(finding(Severity.WARNING, firstH2 != null ? firstH2.span() : headSpan(post),
          "the intro before the first H2 " + found + "; expected a paragraph of at least " + options.introMinWords() + " words",
          "open the post with a short paragraph that says what it answers and for whom"));
    }
    checkConclusion(post, options, out);
  }

  private void checkConclusion(BlogPost post, Options options, List<Finding> out) {
    Heading faq = post.body().faq().map(f -> f.heading()).orElse(null);
    List<String> conclusions = null;
    for (Block b : post.body().blocks()) {
      if (b == faq || b.equals(faq)) { // the loader's FAQ heading is one of the blocks
        break;
      }
      if (!(b instanceof Heading h) || h.level() != 2) {
        continue;
      }
      if (conclusions == null) {
        // Folded once for the post, not once for each H2.
        conclusions = options.conclusionHeadings().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
      }
      if (isConclusion(h.text(), conclusions)) {
        return;
      }
    }
    String where = faq != null ? "before the FAQ section" : "in the post";
    out.add(finding(Severity.WARNING, faq != null ? faq.span() : headSpan(post),
        "no conclusion section " + where + "; expected an H2 starting with one of: "
            + String.join(", ", options.conclusionHeadings()),
        "add '## " + (options.conclusionHeadings().isEmpty() ? "Conclusie" : options.conclusionHeadings().get(0))
            + "' with the short answer a reader takes away" + (faq != null ? ", before the FAQ section" : "")));
  }

  /** Whether the heading starts with one of the conclusion headings, given stripped and in lower case. */
  private static boolean isConclusion(String heading, List<String> foldedConclusions) {
    String h = heading.strip().toLowerCase(Locale.ROOT);
    for (String c : foldedConclusions) {
      if (h.startsWith(c)) {
        return true;
      }
    }
    return false;
  }
}
