package nl.geokern.core.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.geokern.core.model.Block;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.FaqItem;
import nl.geokern.core.model.FaqPair;
import nl.geokern.core.model.FaqSection;
import nl.geokern.core.model.Heading;
import nl.geokern.core.model.TextBlock;
import nl.geokern.core.text.MarkdownText;

/**
 * The passages of a content set's pages, cut from the content model when there is no built site:
 * each post by heading section (its FAQ section one passage per question), and the FAQ page one
 * passage per item.
 *
 * <p>A post passage has no fragment (heading ids are the site generator's choice); a FAQ item's
 * fragment is its id, the anchor geo writes on the FAQ page. Spans point at the Markdown heading or
 * the FAQ item's question in {@code faq.yaml}.
 */
public final class ModelPassages {

  /** The size at which a section is split into more passages, in words. */
  public static final int MAX_WORDS = 300;

  private ModelPassages() {}

  /** Every post's passages (in the content set's order), then the FAQ page's, at {@link #MAX_WORDS}. */
  public static List<Passage> of(ContentSet content) {
    return of(content, MAX_WORDS);
  }

  /** Every post's passages, then the FAQ page's, split at {@code maxWords}. */
  public static List<Passage> of(ContentSet content, int maxWords) {
    List<Passage> out = new ArrayList<>();
    for (BlogPost post : content.posts()) {
      out.addAll(post(post, maxWords));
    }
    out.addAll(faqPage(content, maxWords));
    return List.copyOf(out);
  }

  /**
   * One post's passages: the intro under the title (the H1, else the front matter title), each
   * section under its heading path, and each question of its FAQ section under the question.
   */
  public static List<Passage> post(BlogPost post, int maxWords) {
    PassageCutter cut = new PassageCutter(post.url(), maxWords);
    HeadingPath path = new HeadingPath(post.title());
    List<Block> blocks = post.body().blocks();
    Optional<FaqSection> faq = post.body().faq();
    cut.section(path.current(), "", blocks.isEmpty() ? post.span() : blocks.get(0).span());
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      if (block instanceof Heading h && faq.isPresent() && h.equals(faq.get().heading())) {
        List<String> section = path.enter(h.level(), h.text());
        for (FaqPair pair : faq.get().pairs()) {
          cut.section(with(section, pair.question()), "", pair.questionSpan());
          cut.paragraph(pair.answerText());
        }
        i = endOfSection(blocks, i, h.level()) - 1;
      } else if (block instanceof Heading h) {
        cut.section(path.enter(h.level(), h.text()), "", h.span());
      } else if (block instanceof TextBlock t) {
        cut.paragraph(t.text());
      }
    }
    return cut.passages();
  }

  /** The FAQ page's passages: its description under the page title, then one per item (fragment: the item id). */
  public static List<Passage> faqPage(ContentSet content, int maxWords) {
    if (content.faqItems().isEmpty()) {
      return List.of();
    }
    var settings = content.site().faqPage();
    PassageCutter cut = new PassageCutter(settings.url(), maxWords);
    List<String> title = List.of(settings.title().strip());
    cut.section(title, "", content.site().span());
    settings.description().ifPresent(cut::paragraph);
    for (FaqItem item : content.faqItems()) {
      cut.section(with(title, item.question()), item.id(), item.questionSpan());
      cut.paragraph(MarkdownText.toPlainText(item.answer()));
    }
    return cut.passages();
  }

  private static List<String> with(List<String> path, String heading) {
    List<String> out = new ArrayList<>(path);
    out.add(heading.strip());
    return out;
  }

  /** The index of the first block after {@code start} that is a heading of {@code level} or higher. */
  private static int endOfSection(List<Block> blocks, int start, int level) {
    for (int j = start + 1; j < blocks.size(); j++) {
      if (blocks.get(j) instanceof Heading k && k.level() <= level) {
        return j;
      }
    }
    return blocks.size();
  }
}
