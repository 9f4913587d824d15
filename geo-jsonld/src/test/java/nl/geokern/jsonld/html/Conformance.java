package nl.geokern.jsonld.html;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/** Checks the injector's contract on one page; shared by the corpus and property tests. */
final class Conformance {

  static final String JSON =
      "{\"@context\":\"https://schema.org\",\"@type\":\"WebPage\",\"name\":\"x \\u003c/script\\u003e\"}";

  private Conformance() {}

  /** Returns empty when the page passes, else what went wrong. */
  static Optional<String> check(byte[] in, String json, Charset charset) {
    InjectionResult r = HtmlInjector.create().inject(in, json);
    byte[] out = r.output();
    int at = r.offset();
    int len = r.blockLength();
    if (r.action() != InjectionResult.Action.INSERTED) {
      return Optional.of("expected an insertion, got " + r.action());
    }
    // (a) every byte outside the block is unchanged
    if (out.length != in.length + len
        || !Arrays.equals(out, 0, at, in, 0, at)
        || !Arrays.equals(out, at + len, out.length, in, at, in.length)) {
      return Optional.of("bytes outside the block changed");
    }
    // (b) jsoup sees the input's DOM plus exactly one JSON-LD script, in <head>
    Document before = parse(in, charset);
    Document after = parse(out, charset);
    Elements geo = after.select("script[data-geo]");
    if (geo.size() != 1) {
      return Optional.of("expected 1 geo script, jsoup found " + geo.size() + " at offset " + at);
    }
    Element script = geo.first();
    if (script.parent() != after.head()) {
      return Optional.of("geo script is not a child of <head> but of <" + script.parent().tagName()
          + "> (offset " + at + ")");
    }
    int ldBefore = before.select("script[type=application/ld+json]").size();
    int ldAfter = after.select("script[type=application/ld+json]").size();
    if (ldAfter != ldBefore + 1) {
      return Optional.of("JSON-LD script count went from " + ldBefore + " to " + ldAfter);
    }
    if (!script.data().equals(json)) {
      return Optional.of("script text differs: " + script.data());
    }
    script.remove();
    if (!r.warnings().isEmpty() && r.warnings().get(0).contains("unclosed comment")) {
      // No offset keeps a comment that runs to the end of the file out of the head (it is the last
      // token and everything after its start is inside it); the injector warns. Compare without it.
      List<Comment> comments = new ArrayList<>();
      NodeTraversor.traverse((node, depth) -> {
        if (node instanceof Comment c) {
          comments.add(c);
        }
      }, before);
      after.head().childNodes().stream().filter(n -> n instanceof Comment).reduce((x, y) -> y)
          .ifPresent(Node::remove);
      if (!comments.isEmpty()) {
        comments.get(comments.size() - 1).remove();
      }
    }
    String a = before.outerHtml();
    String b = after.outerHtml();
    if (!a.equals(b)) {
      return Optional.of("DOM differs (offset " + at + "):\n--- before\n" + a + "\n--- after\n" + b);
    }
    if (before.quirksMode() != after.quirksMode()) {
      return Optional.of("quirks mode differs");
    }
    // (c) a second run gives the same bytes
    InjectionResult again = HtmlInjector.create().inject(out, json);
    if (again.action() != InjectionResult.Action.UNCHANGED || !Arrays.equals(again.output(), out)) {
      return Optional.of("second run changed the page: " + again.action() + " at " + again.offset());
    }
    return Optional.empty();
  }

  static Document parse(byte[] page, Charset charset) {
    Document d = Parser.htmlParser().parseInput(new String(page, charset), "");
    d.outputSettings().prettyPrint(false);
    return d;
  }
}
