package nl.geokern.core.load.internal;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.geokern.core.model.Block;
import nl.geokern.core.model.FaqPair;
import nl.geokern.core.model.FaqSection;
import nl.geokern.core.model.MarkdownBody;
import nl.geokern.core.model.MarkdownList;
import nl.geokern.core.model.SourceSpan;
import nl.geokern.core.model.TextBlock;
import nl.geokern.core.text.Words;

/**
 * Parses a post's Markdown with one shared flexmark parser into front matter text and a
 * {@link MarkdownBody}.
 */
public final class MarkdownReader {

  /** One parser for every post: flexmark's {@code Parser} is immutable and thread-safe. */
  private static final Parser PARSER;

  static {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create(), TablesExtension.create()));
    PARSER = Parser.builder(options).build();
  }

  private static final Pattern QUESTION =
      Pattern.compile("^\\s*(?:\\*\\*)?(?:Q|V|Vraag|Question)\\s*[:.](?:\\*\\*)?\\s*(.+)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern ANSWER =
      Pattern.compile("^\\s*(?:\\*\\*)?(?:A|Antwoord|Answer)\\s*[:.](?:\\*\\*)?\\s*(.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  /** An answer's label at the start of its Markdown; unlike {@link #ANSWER} it matches the case as written. */
  private static final Pattern ANSWER_LABEL = Pattern.compile("^\\s*(?:\\*\\*)?(?:A|Antwoord|Answer)\\s*[:.](?:\\*\\*)?\\s*");
  /** A line that starts an answer inside a question's paragraph. */
  private static final Pattern ANSWER_LINE =
      Pattern.compile("\\n\\s*(?:\\*\\*)?(?:A|Antwoord|Answer)\\s*[:.]", Pattern.CASE_INSENSITIVE);

  /** A parsed post file: its front matter (if any) and its body. */
  public record Parsed(Optional<FrontMatter> frontMatter, MarkdownBody body) {}

  /**
   * The front matter block.
   *
   * @param yaml the YAML between the {@code ---} lines
   * @param lineOffset lines of the file before the YAML (the opening {@code ---})
   * @param span where the block starts
   * @param closed whether a closing {@code ---} (or {@code ...}) line ends the block
   */
  public record FrontMatter(String yaml, int lineOffset, SourceSpan span, boolean closed) {}

  private final List<String> faqHeadings;
  /** Link targets read so far, each kept once; null when each post keeps its own. */
  private final Map<String, String> linkTargets;

  /** A reader that recognises a FAQ section by any of {@code faqHeadings} (case-insensitive). */
  public MarkdownReader(List<String> faqHeadings) {
    this(faqHeadings, null);
  }

  private MarkdownReader(List<String> faqHeadings, Map<String, String> linkTargets) {
    this.faqHeadings = faqHeadings.stream().map(MarkdownReader::normaliseHeading).toList();
    this.linkTargets = linkTargets;
  }

  /**
   * A reader for the posts of one load (it may read them in parallel): posts link to the same pages
   * over and over, so a link target equal to one read before is kept as the same string. It holds
   * every distinct target it has read, so it lives no longer than the load.
   */
  public static MarkdownReader forOneLoad(List<String> faqHeadings) {
    return new MarkdownReader(faqHeadings, new ConcurrentHashMap<>());
  }

  /** Parses a whole post file. */
  public Parsed read(String text, Path path) {
    Document doc = PARSER.parse(text);
    LineIndex lines = new LineIndex(path, text);
    Walk walk = new Walk(lines, new InlineText(lines, linkTargets), text.indexOf('\0') >= 0);
    Optional<FrontMatter> fm = Optional.empty();
    List<Block> blocks = new ArrayList<>();
    List<MarkdownList> lists = new ArrayList<>();
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof YamlFrontMatterBlock y) {
        fm = Optional.of(frontMatter(y, lines));
      } else {
        collect(n, walk, blocks, lists, false);
      }
    }
    int words = 0;
    for (Block b : blocks) {
      words += Words.count(b.text());
    }
    return new Parsed(fm, new MarkdownBody(blocks, lists, words, faqSection(blocks)));
  }

  private static FrontMatter frontMatter(YamlFrontMatterBlock y, LineIndex lines) {
    String chars = source(y);
    // The block's chars run from the opening '---' line through the closing one. The YAML is
    // chars[from, to), found by offsets and then cut out of them. A closing line found at or after from is
    // in the YAML's part; the last one in all of chars is before from only if there is none there.
    int firstNl = chars.indexOf('\n');
    int from = firstNl < 0 ? chars.length() : firstNl + 1;
    int to = chars.length();
    boolean closed = true;
    int closing = chars.lastIndexOf("\n---");
    if (closing >= from) {
      to = closing + 1;
    } else if (chars.startsWith("---", from)) {
      to = from;
    } else {
      int dots = chars.lastIndexOf("\n...");
      if (dots >= from) {
        to = dots + 1;
      } else {
        closed = false;
      }
    }
    int startLine = lines.line(y.getStartOffset());
    return new FrontMatter(chars.substring(from, to), startLine + 1, lines.span(y.getStartOffset()), closed);
  }

  /**
   * What one document's walk shares.
   *
   * @param hasNul whether the text has a NUL character anywhere (almost never)
   */
  private record Walk(LineIndex lines, InlineText inline, boolean hasNul) {}

  private void collect(Node n, Walk walk, List<Block> blocks, List<MarkdownList> lists, boolean quoted) {
    LineIndex lines = walk.lines();
    if (n instanceof Heading h) {
      blocks.add(new nl.geokern.core.model.Heading(
          h.getLevel(), walk.inline().strippedText(h, null), lines.span(h.getStartOffset())));
    } else if (n instanceof Paragraph p) {
      blocks.add(textBlock(p, quoted ? TextBlock.Kind.QUOTE : TextBlock.Kind.PARAGRAPH, walk));
    } else if (n instanceof BlockQuote) {
      for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
        collect(c, walk, blocks, lists, true);
      }
    } else if (n instanceof BulletList || n instanceof OrderedList) {
      List<TextBlock> items = new ArrayList<>();
      List<Node> nested = new ArrayList<>();
      for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
        if (!(item instanceof ListItem)) {
          continue;
        }
        List<nl.geokern.core.model.Link> links = new ArrayList<>();
        Node only = null;
        int own = 0;
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
          if (c instanceof ListBlock) {
            nested.add(c);
          } else {
            only = c;
            own++;
          }
        }
        String text;
        String md;
        if (own == 1) {
          // Most items are one paragraph: its text and Markdown as a paragraph's, without joining copies.
          text = walk.inline().strippedText(only, links);
          md = markdown(only, text, walk.hasNul());
        } else {
          StringBuilder joinedText = new StringBuilder();
          StringBuilder joinedMd = new StringBuilder();
          for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
            if (!(c instanceof ListBlock)) {
              if (joinedText.length() > 0) {
                joinedText.append(' ');
                joinedMd.append('\n');
              }
              joinedText.append(walk.inline().strippedText(c, links));
              joinedMd.append(source(c, walk.hasNul()));
            }
          }
          text = joinedText.toString();
          md = shared(text, joinedMd.toString().strip());
        }
        TextBlock block = new TextBlock(TextBlock.Kind.LIST_ITEM, text, md, links, lines.span(item.getStartOffset()));
        items.add(block);
        blocks.add(block);
      }
      // A list starts where its first item does: that item's span serves both.
      SourceSpan listSpan = n.getFirstChild() instanceof ListItem first && first.getStartOffset() == n.getStartOffset()
          ? items.get(0).span() : lines.span(n.getStartOffset());
      lists.add(new MarkdownList(n instanceof OrderedList, items, listSpan));
      for (Node c : nested) {
        collect(c, walk, blocks, lists, quoted);
      }
    } else if (n instanceof TableBlock) {
      for (Node row : descendants(n, TableRow.class)) {
        blocks.add(textBlock(row, TextBlock.Kind.TABLE_ROW, walk));
      }
    }
    // Code blocks, HTML blocks and thematic breaks carry no running text.
  }

  private static TextBlock textBlock(Node node, TextBlock.Kind kind, Walk walk) {
    List<nl.geokern.core.model.Link> links = new ArrayList<>();
    String text = node instanceof TableRow ? rowText(node, walk.inline(), links).strip() : walk.inline().strippedText(node, links);
    return new TextBlock(kind, text, markdown(node, text, walk.hasNul()), links, walk.lines().span(node.getStartOffset()));
  }

  /**
   * The node's Markdown source, stripped; {@code text} itself when the two are equal (plain text
   * without markup), so that a block does not keep the same characters twice.
   */
  static String markdown(Node node, String text, boolean mayHaveNul) {
    BasedSequence chars = node.getChars();
    if (!mayHaveNul && chars instanceof SubSequence sub && sub.getBase() instanceof String base) {
      // Strip by offsets in the file and compare in place: no copy unless the Markdown differs.
      int from = sub.getStartOffset();
      int to = sub.getEndOffset();
      // String.strip trims by Character.isWhitespace; no supplementary character is white space.
      while (from < to && Character.isWhitespace(base.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(base.charAt(to - 1))) {
        to--;
      }
      if (text.length() == to - from && text.regionMatches(0, base, from, to - from)) {
        return text;
      }
      return base.substring(from, to);
    }
    return shared(text, source(node, mayHaveNul).strip());
  }

  /** {@code text} when it equals {@code markdown}, else {@code markdown}: one copy of equal strings. */
  private static String shared(String text, String markdown) {
    return markdown.equals(text) ? text : markdown;
  }

  /** The cells' texts joined by spaces; the cells' links go to {@code links}. */
  private static String rowText(Node row, InlineText inline, List<nl.geokern.core.model.Link> links) {
    StringBuilder sb = new StringBuilder();
    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(inline.strippedText(cell, links));
    }
    return sb.toString();
  }

  private static <T extends Node> List<T> descendants(Node node, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Node d : node.getDescendants()) {
      if (type.isInstance(d)) {
        out.add(type.cast(d));
      }
    }
    return out;
  }

  /** The node's Markdown source, as {@code node.getChars().toString()} gives it. */
  static String source(Node node) {
    return source(node, true);
  }

  /**
   * The node's Markdown source, as {@code node.getChars().toString()} gives it.
   *
   * @param mayHaveNul false when the file's text has no NUL, so that no slice of it needs a look
   */
  static String source(Node node, boolean mayHaveNul) {
    return InlineText.string(node.getChars(), mayHaveNul);
  }

  private static String normaliseHeading(String heading) {
    String h = heading.strip().toLowerCase(Locale.ROOT);
    while (h.endsWith(":") || h.endsWith("?")) {
      h = h.substring(0, h.length() - 1).strip();
    }
    return h;
  }

  private Optional<FaqSection> faqSection(List<Block> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof nl.geokern.core.model.Heading h && faqHeadings.contains(normaliseHeading(h.text()))) {
        int end = blocks.size();
        for (int j = i + 1; j < blocks.size(); j++) {
          if (blocks.get(j) instanceof nl.geokern.core.model.Heading k && k.level() <= h.level()) {
            end = j;
            break;
          }
        }
        List<Block> section = blocks.subList(i + 1, end);
        boolean subHeadings = section.stream().anyMatch(b -> b instanceof nl.geokern.core.model.Heading);
        List<FaqPair> pairs = subHeadings ? headingPairs(section) : paragraphPairs(section);
        return Optional.of(new FaqSection(h, pairs, end == blocks.size()));
      }
    }
    return Optional.empty();
  }

  private static List<FaqPair> headingPairs(List<Block> section) {
    List<FaqPair> pairs = new ArrayList<>();
    for (int i = 0; i < section.size(); i++) {
      if (section.get(i) instanceof nl.geokern.core.model.Heading q) {
        List<TextBlock> answer = new ArrayList<>();
        int j = i + 1;
        while (j < section.size() && section.get(j) instanceof TextBlock t) {
          answer.add(t);
          j++;
        }
        pairs.add(pair(q.text(), q.span(), answer));
      }
    }
    return pairs;
  }

  private static List<FaqPair> paragraphPairs(List<Block> section) {
    List<FaqPair> pairs = new ArrayList<>();
    String question = null;
    SourceSpan questionSpan = null;
    List<TextBlock> answer = new ArrayList<>();
    for (Block b : section) {
      if (!(b instanceof TextBlock t)) {
        continue;
      }
      Matcher q = QUESTION.matcher(t.text());
      if (q.matches()) {
        if (question != null) {
          pairs.add(pair(question, questionSpan, answer));
        }
        String rest = q.group(1);
        answer = new ArrayList<>();
        questionSpan = t.span();
        // "V: …?" and "A: …" may share one paragraph, separated by a line break.
        int split = indexOfAnswerLine(rest);
        if (split >= 0) {
          question = rest.substring(0, split).strip();
          Matcher a = ANSWER.matcher(rest.substring(split).strip());
          String answerText = a.matches() ? a.group(1).strip() : rest.substring(split).strip();
          answer.add(new TextBlock(t.kind(), answerText, answerText, t.links(), t.span().plusLines(countLines(rest.substring(0, split)) + 1)));
        } else {
          question = rest.strip();
        }
      } else if (question != null) {
        Matcher a = ANSWER.matcher(t.text());
        String text = a.matches() ? a.group(1).strip() : t.text();
        answer.add(new TextBlock(t.kind(), text, ANSWER_LABEL.matcher(t.markdown()).replaceFirst(""), t.links(), t.span()));
      }
    }
    if (question != null) {
      pairs.add(pair(question, questionSpan, answer));
    }
    return pairs;
  }

  private static int indexOfAnswerLine(String text) {
    Matcher m = ANSWER_LINE.matcher(text);
    return m.find() ? m.start() : -1;
  }

  private static int countLines(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  private static FaqPair pair(String question, SourceSpan questionSpan, List<TextBlock> answer) {
    if (answer.size() == 1) {
      // The answer is the block's own strings: no copies of them.
      TextBlock t = answer.get(0);
      return new FaqPair(question, shared(t.text(), t.markdown()), t.text(), questionSpan, t.span());
    }
    StringBuilder md = new StringBuilder();
    StringBuilder text = new StringBuilder();
    for (TextBlock t : answer) {
      if (md.length() > 0) {
        md.append("\n\n");
        text.append(' ');
      }
      md.append(t.markdown());
      text.append(t.text());
    }
    SourceSpan answerSpan = answer.isEmpty() ? questionSpan : answer.get(0).span();
    String answerText = text.toString();
    return new FaqPair(question, shared(answerText, md.toString()), answerText, questionSpan, answerSpan);
  }
}
