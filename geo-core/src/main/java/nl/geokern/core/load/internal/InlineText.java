package nl.geokern.core.load.internal;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.DoNotCollectText;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.List;
import java.util.Map;

/**
 * The plain text of a Markdown node, character for character what flexmark's {@link
 * TextCollectingVisitor} (without flags) gives, and the links under it, both in one walk.
 *
 * <p>{@code TextCollectingVisitor} builds a segmented sequence through several layers for every
 * node, and finding the links takes a walk of its own. Most running text needs neither: a
 * paragraph, heading or table cell made of plain text, emphasis, links and soft line breaks collects
 * to its text slices of the file in order (plus a line end when a blank line follows a paragraph),
 * which a char array gives directly. Anything else (escapes, entities,
 * NUL, code spans, hard line breaks, reference links, nested blocks, extension nodes) goes through
 * flexmark's segment builder, whose optimizer can merge, chop or keep characters in ways that
 * depend on the surrounding ranges; such a node is handed to {@code TextCollectingVisitor} itself,
 * so that it keeps flexmark's exact result instead of an imitation of it.
 *
 * <p>An instance is for one thread and one document at a time.
 */
final class InlineText {

  private final LineIndex lines;
  /**
   * The text collected so far: {@code out[0, length)}. A char array rather than a StringBuilder, so
   * that a slice of the file goes in with one bulk {@link String#getChars} instead of char by char.
   */
  private char[] out = new char[256];
  private int length;
  /** Where the walk in progress puts links, or null when the caller does not want them. */
  private List<nl.geokern.core.model.Link> links;
  /** Where the last slice appended ends in the file. */
  private int end;

  /** The characters that make a slice of the file differ from its collected text. */
  private static final char[] SPECIAL = {'\\', '&', '\0'};
  /** The text that {@link #nextAt} and {@link #nextFrom} refer to. */
  private String searched;
  /** For each special character: a search from {@code nextFrom[k]} found it first at {@code nextAt[k]}. */
  private final int[] nextAt = new int[SPECIAL.length];
  private final int[] nextFrom = new int[SPECIAL.length];
  /** The last parent {@link #insideDoNotCollectText} looked at, and whether it or an ancestor excludes text. */
  private Node checkedParent;
  private boolean parentExcluded;

  /** Where equal link targets are kept once, or null to keep each as read. */
  private final Map<String, String> targets;

  InlineText(LineIndex lines) {
    this(lines, null);
  }

  /**
   * @param targets where equal link targets (of this and other documents) are kept once; null to keep
   *     each target as read
   */
  InlineText(LineIndex lines, Map<String, String> targets) {
    this.lines = lines;
    this.targets = targets;
  }

  /** The link's target as a string: the one kept in {@link #targets} when an equal one was read before. */
  private String target(BasedSequence url) {
    String s = string(url);
    if (targets == null) {
      return s;
    }
    String known = targets.putIfAbsent(s, s);
    return known == null ? s : known;
  }

  /** {@code chars.toString()}. */
  static String string(BasedSequence chars) {
    return string(chars, true);
  }

  /**
   * {@code chars.toString()}: a plain slice of the file's text is copied in one go, where flexmark's
   * toString copies char by char, reading NUL as U+FFFD (as CommonMark asks).
   *
   * @param mayHaveNul false when the file's text has no NUL, so that no slice of it needs a look
   */
  static String string(BasedSequence chars, boolean mayHaveNul) {
    if (chars instanceof SubSequence sub && sub.getBase() instanceof String base) {
      String slice = base.substring(sub.getStartOffset(), sub.getEndOffset());
      return mayHaveNul ? slice.replace('\u0000', '\uFFFD') : slice;
    }
    return chars.toString();
  }

  /**
   * The node's text, as {@code new TextCollectingVisitor().collectAndGetText(node)} gives it.
   *
   * @param linksOut where the {@link Link}s and {@link AutoLink}s below the node go, in document
   *     order (as a walk over {@code node.getDescendants()} finds them); null when not wanted
   */
  String text(Node node, List<nl.geokern.core.model.Link> linksOut) {
    return collect(node, linksOut) ? new String(out, 0, length) : slowly(node, linksOut);
  }

  /** {@code text(node, linksOut).strip()}, copying the text once. */
  String strippedText(Node node, List<nl.geokern.core.model.Link> linksOut) {
    return collect(node, linksOut) ? stripped(0) : slowly(node, linksOut).strip();
  }

  /**
   * Collects the node's text into {@link #out} and its links into {@code linksOut}; false, with
   * {@code linksOut} as it was, when the node needs flexmark's visitor.
   */
  private boolean collect(Node node, List<nl.geokern.core.model.Link> linksOut) {
    length = 0;
    end = 0;
    links = linksOut;
    int mark = linksOut == null ? 0 : linksOut.size();
    if (!insideDoNotCollectText(node) && walk(node, true)) {
      return true;
    }
    if (linksOut != null) {
      linksOut.subList(mark, linksOut.size()).clear();
    }
    return false;
  }

  /**
   * The text by flexmark's visitor, then the links by a walk of their own (in that order, so that a
   * failure is flexmark's own).
   */
  private String slowly(Node node, List<nl.geokern.core.model.Link> linksOut) {
    String text = slowText(node);
    if (linksOut != null) {
      slowLinks(node, linksOut);
    }
    return text;
  }

  /** The collected text from {@code from} on, stripped, in one copy. */
  private String stripped(int from) {
    int to = length;
    // String.strip tests code points; no supplementary code point is white space, so chars will do.
    while (from < to && Character.isWhitespace(out[from])) {
      from++;
    }
    while (to > from && Character.isWhitespace(out[to - 1])) {
      to--;
    }
    return new String(out, from, to - from);
  }

  /** Appends {@code base[from, to)} to the collected text. */
  private void append(String base, int from, int to) {
    int n = to - from;
    if (length + n > out.length) {
      out = java.util.Arrays.copyOf(out, Math.max(length + n, 2 * out.length));
    }
    base.getChars(from, to, out, length);
    length += n;
  }

  /** flexmark's own answer, for the subtrees that {@link #walk} does not know. */
  static String slowText(Node node) {
    return new TextCollectingVisitor().collectAndGetText(node);
  }

  private void slowLinks(Node node, List<nl.geokern.core.model.Link> linksOut) {
    for (Node d : node.getDescendants()) {
      if (d instanceof Link l) {
        linksOut.add(new nl.geokern.core.model.Link(
            slowText(l).strip(), target(l.getUrl()), lines.span(l.getStartOffset())));
      } else if (d instanceof AutoLink a) {
        linksOut.add(new nl.geokern.core.model.Link(
            a.getText().toString(), target(a.getUrl()), lines.span(a.getStartOffset())));
      }
    }
  }

  /** TextCollectingVisitor collects nothing under a {@link DoNotCollectText} node, the node itself included. */
  private boolean insideDoNotCollectText(Node node) {
    if (node instanceof DoNotCollectText) {
      return true;
    }
    // Siblings share their ancestors: the answer for the last parent asked about is kept.
    Node parent = node.getParent();
    if (parent != checkedParent) {
      checkedParent = parent;
      parentExcluded = false;
      for (Node n = parent; n != null; n = n.getParent()) {
        if (n instanceof DoNotCollectText) {
          parentExcluded = true;
          break;
        }
      }
    }
    return parentExcluded;
  }

  /**
   * Appends the node's text; false as soon as a node is met that is not handled here (the output
   * is then incomplete and the caller starts over with flexmark's visitor).
   */
  private boolean walk(Node node, boolean root) {
    // Exact classes: a subclass may collect its text differently.
    Class<?> kind = node.getClass();
    if (kind == Text.class || kind == SoftLineBreak.class) {
      return appendSlice(node.getChars());
    }
    if (kind == Link.class) {
      if (links == null || root) {
        return children(node);
      }
      int at = links.size();
      links.add(null); // its place in document order; the text is known after the children
      int start = length;
      if (!children(node)) {
        return false;
      }
      Link l = (Link) node;
      links.set(at, new nl.geokern.core.model.Link(
          stripped(start), target(l.getUrl()), lines.span(l.getStartOffset())));
      return true;
    }
    if (kind == AutoLink.class) {
      if (links != null && !root) {
        AutoLink a = (AutoLink) node;
        links.add(new nl.geokern.core.model.Link(
            a.getText().toString(), target(a.getUrl()), lines.span(a.getStartOffset())));
      }
      return children(node);
    }
    if (kind == Paragraph.class || kind == Heading.class) {
      // Only as the node asked for: a block below it would start a new line first.
      if (!root || !children(node)) {
        return false;
      }
      if (kind == Paragraph.class && ((Paragraph) node).isTrailingBlankLine()) {
        if (length == out.length) {
          out = java.util.Arrays.copyOf(out, 2 * out.length);
        }
        out[length++] = '\n';
      }
      return true;
    }
    if (kind == Emphasis.class || kind == StrongEmphasis.class || kind == Image.class || kind == MailLink.class
        || kind == HtmlInline.class || kind == HtmlInlineComment.class || kind == TableCell.class) {
      return children(node);
    }
    return false;
  }

  private boolean children(Node node) {
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      if (!walk(c, false)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where special character {@code k} next occurs in {@code text} at or after {@code from}; the
   * text's length if it does not. Slices come in file order, so one search usually answers many.
   */
  private int next(String text, int k, int from) {
    if (text != searched) {
      searched = text;
      java.util.Arrays.fill(nextFrom, Integer.MAX_VALUE);
    }
    // Between nextFrom[k] and nextAt[k] the character does not occur.
    if (from < nextFrom[k] || from > nextAt[k]) {
      int at = text.indexOf(SPECIAL[k], from);
      nextFrom[k] = from;
      nextAt[k] = at < 0 ? text.length() : at;
    }
    return nextAt[k];
  }

  /**
   * Appends a node's characters when flexmark's builder would give them unchanged: a slice of the
   * file after everything appended so far, with no escape or entity to resolve and no NUL (read as
   * U+FFFD). Other text goes through flexmark's segment builder, whose optimizer may merge or chop
   * ranges, so it is left to flexmark.
   */
  private boolean appendSlice(BasedSequence chars) {
    if (!(chars instanceof SubSequence sub) || !(sub.getBase() instanceof String base)) {
      return false;
    }
    int from = sub.getStartOffset();
    int to = sub.getEndOffset();
    if (from >= to || from < end) {
      return false;
    }
    for (int k = 0; k < SPECIAL.length; k++) {
      if (next(base, k, from) < to) {
        return false;
      }
    }
    append(base, from, to);
    end = to;
    return true;
  }
}
