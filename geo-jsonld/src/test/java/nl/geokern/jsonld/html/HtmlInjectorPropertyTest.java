package nl.geokern.jsonld.html;

import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Random HTML-ish pages built from the pieces that make head parsing hard: the injector never
 * throws, changes no byte outside its block, and jsoup sees the same document plus one script in
 * {@code <head>}.
 */
class HtmlInjectorPropertyTest {

  private static final List<String> PIECES = List.of(
      "<html>", "<HTML lang=en>", "</html>", "<head>", "<HEAD>", "</head>", "</HEAD >", "<body>",
      "</body>", "<p>", "</p>", "<div>", "<br>", "</br>", "<meta charset=utf-8>", "<link rel=x>",
      "<title>", "</title>", "<style>", "</style>", "<script>", "</script>", "<script type=\"application/ld+json\">",
      "<noscript>", "</noscript>", "<template>", "</template>", "<textarea>", "</textarea>",
      "<frameset>", "</frameset>", "<frame>", "<!--", "-->", "--!>", "<!-->", "<!--->", "<!x>", "<?p>",
      "<!DOCTYPE html>", "</>", "</x>", "<x>", "<a href='>'>", "<meta content=\"</head>\">", " ",
      "\n", "\r\n", "\t", "x", "&amp;", "&#32;", "\0", "<", ">", "/", "=", "\"", "'", "-", "!",
      "<plaintext>", "<xmp>", "</xmp>", "<iframe>", "<svg>", "<math>", "<table>", "<td>", "<base>",
      "<script/>", "<title/>", "<noframes>", "</noframes>", "<select>", "<option>");

  private static Gen<String> pages() {
    Gen<String> piece = SourceDSL.integers().between(0, PIECES.size() - 1).map(PIECES::get);
    return SourceDSL.lists().of(piece).ofSizeBetween(0, 14)
        .map(l -> String.join("", l));
  }

  @Test
  void inject_randomPages_keepDomAndBytes() {
    qt().withExamples(20_000).withShrinkCycles(2_000).forAll(pages()).checkAssert(page -> {
      byte[] in = page.getBytes(StandardCharsets.UTF_8);
      Optional<String> problem = Conformance.check(in, Conformance.JSON, StandardCharsets.UTF_8);
      if (problem.isPresent()) {
        throw new AssertionError("page " + escape(page) + ": " + problem.get());
      }
    });
  }

  private static String escape(String s) {
    return s.replace("\0", "\\0").replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
  }
}
