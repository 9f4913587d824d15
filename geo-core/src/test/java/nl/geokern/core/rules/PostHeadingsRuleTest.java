package nl.geokern.core.rules;

import nl.geokern.core.TestContent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.geokern.core.model.ContentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostHeadingsRuleTest {

  @TempDir Path tmp;

  static final String INTRO = "Deze inleiding vertelt in ruim twintig woorden waar het stuk over gaat, voor wie het"
      + " bedoeld is en wat je na het lezen weet.";

  final PostHeadingsRule rule = new PostHeadingsRule();

  @Test
  void check_cleanOutline_noFinding() {
    ContentSet content = TestContent.forPosts(tmp).post("goed.md", """
        ---
        title: Goed
        datePublished: 2026-01-05
        ---
        # Goed

        %s

        ## Eerste deel

        ### Detail

        Tekst.

        ## Tot slot: wat nu?

        Tekst.

        ## Veelgestelde vragen

        ### Vraag?

        Antwoord.
        """.formatted(INTRO)).load();
    assertEquals(List.of(), TestContent.check(rule, content));
  }

  @Test
  void check_brokenOutline_oneFindingPerProblem() {
    ContentSet content = TestContent.forPosts(tmp).post("slecht.md", """
        ---
        title: Slecht
        datePublished: 2026-01-05
        ---
        # Slecht

        Te kort.

        ### Overgeslagen

        ## Deel

        #### Te diep

        # Nog een titel

        ## Veelgestelde vragen

        ### Vraag?

        Antwoord.

        ## Samenvatting
        """).load();
    assertEquals(List.of(
        "content/blog/slecht.md:9:1: error [post.headings] H3 heading 'Overgeslagen' follows H1 'Slecht'; heading levels"
            + " may not be skipped (expected H2). Fix: make it an H2, or add an H2 above it",
        "content/blog/slecht.md:11:1: warning [post.headings] the intro before the first H2 has 2 words; expected a"
            + " paragraph of at least 20 words. Fix: open the post with a short paragraph that says what it answers and"
            + " for whom",
        "content/blog/slecht.md:13:1: error [post.headings] H4 heading 'Te diep'; posts use H2–H3 below the title"
            + " (maxLevel 3). Fix: make it an H3, or turn the subsection into a paragraph or a list",
        "content/blog/slecht.md:15:1: error [post.headings] second H1 heading 'Nog een titel'; a post has exactly one H1,"
            + " its title. Fix: make it an H2 ('## Nog een titel')",
        "content/blog/slecht.md:17:1: warning [post.headings] no conclusion section before the FAQ section; expected an"
            + " H2 starting with one of: Conclusie, Tot slot, Samenvatting, Conclusion. Fix: add '## Conclusie' with the"
            + " short answer a reader takes away, before the FAQ section"),
        TestContent.check(rule, content));
  }

  @Test
  void check_introOfSeveralParagraphs_countedTogetherUntilTheMinimum() {
    String post = """
        ---
        title: Intro
        datePublished: 2026-01-05
        ---
        # Intro

        %s

        %s

        ## Conclusie

        Tekst.
        """;
    String ten = "een twee drie vier vijf zes zeven acht negen tien.";
    String fifteen = "een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien.";
    // 10 + 15: the second paragraph makes the minimum.
    assertEquals(List.of(), TestContent.check(rule, TestContent.forPosts(tmp.resolve("a")).post("intro.md",
        post.formatted(ten, fifteen)).load()));
    // 25 + 1: the minimum reached by the first; the second is not needed.
    assertEquals(List.of(), TestContent.check(rule, TestContent.forPosts(tmp.resolve("b")).post("intro.md",
        post.formatted(ten + " " + fifteen, "Kort.")).load()));
    // 10 + 1 + 10: short, and every word of it counted in the message.
    assertEquals(List.of("content/blog/intro.md:13:1: warning [post.headings] the intro before the first H2 has 21"
            + " words; expected a paragraph of at least 22 words. Fix: open the post with a short paragraph that says"
            + " what it answers and for whom"),
        TestContent.check(rule, new PostHeadingsRule.Options(true, 3, 22, List.of("Conclusie")), TestContent.forPosts(tmp.resolve("c")).post("intro.md",
            post.formatted(ten + "\n\nKort.", ten)).load()));
  }

  static final String NO_H1 = """
      ---
      title: Zonder
      datePublished: 2026-01-05
      ---
      %s

      ## Conclusie

      Tekst.
      """.formatted(INTRO);

  @Test
  void check_noH1_error() {
    ContentSet content = TestContent.forPosts(tmp).post("zonder.md", NO_H1).load();
    assertEquals(List.of("content/blog/zonder.md:5:1: error [post.headings] the body has no H1 heading; expected one H1"
        + " with the title. Fix: start the body with '# Zonder', or set requireH1: false when the site generator"
        + " renders the title"), TestContent.check(rule, content));
  }

  @Test
  void check_noH1WhenNotRequired_noFinding() {
    ContentSet content = TestContent.forPosts(tmp).post("zonder.md", NO_H1).load();
    var options = new PostHeadingsRule.Options(false, 3, 20, List.of("Conclusie"));
    assertEquals(List.of(), TestContent.check(rule, options, content));
  }
}
