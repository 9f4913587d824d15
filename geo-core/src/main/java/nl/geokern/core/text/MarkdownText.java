package nl.geokern.core.text;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;

/** Turns short Markdown (such as a FAQ answer) into plain text with one shared parser. */
public final class MarkdownText {

  private static final Parser PARSER = Parser.builder(new MutableDataSet()).build();

  private MarkdownText() {}

  /** The text a reader sees, with Markdown syntax removed and white space collapsed. */
  public static String toPlainText(String markdown) {
    Document doc = PARSER.parse(markdown);
    String text = new TextCollectingVisitor().collectAndGetText(doc);
    return text.replaceAll("\\s+", " ").strip();
  }
}
