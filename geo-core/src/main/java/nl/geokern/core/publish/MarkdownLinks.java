package nl.geokern.core.publish;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Makes the relative link and image destinations of Markdown absolute, for text read away from its page. */
final class MarkdownLinks {

  private static final Parser PARSER = Parser.builder(new MutableDataSet()).build();

  /** A destination that already names its scheme ({@code https:}, {@code mailto:}) or host ({@code //}). */
  private static final Pattern ABSOLUTE = Pattern.compile("^(?:[A-Za-z][A-Za-z0-9+.-]*:|//).*");

  /** Characters a URI may hold as written, with well-formed percent escapes. */
  private static final Pattern URI_TEXT = Pattern.compile("(?:[A-Za-z0-9._~:/?#\\[\\]@!$&'()*+,;=-]|%[0-9A-Fa-f]{2})*");

  private MarkdownLinks() {}

  /**
   * {@code markdown} with every relative destination of a link, image or link reference resolved
   * against {@code pageUrl} (absolute); everything else is left byte for byte. A destination that is
   * not valid URI text (e.g. with spaces) is left as written.
   */
  static String absolute(String markdown, String pageUrl) {
    URI base = URI.create(pageUrl);
    List<BasedSequence> urls = new ArrayList<>();
    collect(PARSER.parse(markdown), urls);
    urls.sort((a, b) -> Integer.compare(a.getStartOffset(), b.getStartOffset()));
    StringBuilder out = new StringBuilder(markdown.length() + 64 * urls.size());
    int done = 0;
    for (BasedSequence url : urls) {
      String written = url.toString();
      if (written.isEmpty() || ABSOLUTE.matcher(written).matches() || !URI_TEXT.matcher(written).matches()) {
        continue;
      }
      out.append(markdown, done, url.getStartOffset()).append(base.resolve(written));
      done = url.getEndOffset();
    }
    return out.append(markdown, done, markdown.length()).toString();
  }

  private static void collect(Node node, List<BasedSequence> out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Link link) {
        out.add(link.getUrl());
      } else if (child instanceof Image image) {
        out.add(image.getUrl());
      } else if (child instanceof Reference reference) {
        out.add(reference.getUrl());
      }
      collect(child, out);
    }
  }
}
