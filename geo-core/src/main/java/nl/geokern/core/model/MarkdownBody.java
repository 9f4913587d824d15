package nl.geokern.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The parsed Markdown of a post: its blocks in order, lists, links, word count and FAQ section.
 *
 * @param blocks headings and text blocks in document order
 * @param lists the bullet and ordered lists
 * @param wordCount words of running text and headings (code excluded)
 * @param faq the FAQ section, when the post has one
 */
public record MarkdownBody(List<Block> blocks, List<MarkdownList> lists, int wordCount, Optional<FaqSection> faq) {

  /** Rejects nulls and copies the lists. */
  public MarkdownBody {
    blocks = List.copyOf(blocks);
    lists = List.copyOf(lists);
    Objects.requireNonNull(faq, "faq");
  }

  /** The headings, in order. */
  public List<Heading> headings() {
    List<Heading> out = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Heading h) {
        out.add(h);
      }
    }
    return out;
  }

  /** The text blocks (paragraphs, list items, quotes, table rows), in order. */
  public List<TextBlock> textBlocks() {
    // Most blocks are text blocks: sized for all of them, the list never grows by copying.
    List<TextBlock> out = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      if (b instanceof TextBlock t) {
        out.add(t);
      }
    }
    return out;
  }

  /** The paragraphs (not list items, quotes or tables), in order. */
  public List<TextBlock> paragraphs() {
    List<TextBlock> out = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      if (b instanceof TextBlock t && t.kind() == TextBlock.Kind.PARAGRAPH) {
        out.add(t);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** Every link, in order. */
  public List<Link> links() {
    List<Link> out = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof TextBlock t) {
        out.addAll(t.links());
      }
    }
    return out;
  }

  /** The text blocks before the first H2 (the intro), skipping quotes. */
  public List<TextBlock> intro() {
    List<TextBlock> out = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Heading h && h.level() >= 2) {
        break;
      }
      if (b instanceof TextBlock t && t.kind() != TextBlock.Kind.QUOTE) {
        out.add(t);
      }
    }
    return out;
  }
}
