package nl.geokern.core.rules;

import nl.geokern.core.TestContent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.geokern.core.model.ContentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostKeywordsRuleTest {

  @TempDir Path tmp;

  final PostKeywordsRule rule = new PostKeywordsRule();

  @Test
  void check_inflectedHyphenatedAccentedPhraseEverywhere_noFinding() {
    ContentSet content = TestContent.forPosts(tmp).post("goed.md", """
        ---
        title: "Automatiseren voor één MKB bedrijf"
        datePublished: 2026-01-05
        keywords: [automatisering voor één MKB-bedrijf, iets anders]
        ---
        # Automatiseren

        Automatisering van je administratie kost één MKB-bedrijf minder tijd dan je denkt.

        ## Zo begin je met de automatisering van de administratie in een mkb bedrijf

        ## Veelgestelde vragen
        """).load();
    assertEquals(List.of(), TestContent.check(rule, content));
  }

  @Test
  void check_clusterPhraseMissing_findingPerPlace() {
    ContentSet content = TestContent.forPosts(tmp).post("kosten.md", """
        ---
        title: "Kosten van training"
        datePublished: 2026-01-05
        cluster: c1
        ---
        # Kosten

        Een inleiding over trainingen voor het MKB.

        ## Wat kost het?
        """).load();
    String phrase = "focus keyphrase 'AI-workshop voor MKB' (the first keyword of cluster 'c1')";
    assertEquals(List.of(
        "content/blog/kosten.md:2:1: warning [post.keywords] " + phrase + " is not in the title 'Kosten van training';"
            + " missing: ai, workshop, mkb. Fix: use the keyphrase in the title; inflections and hyphenated forms count"
            + " (AI-workshop, automatiseren)",
        "content/blog/kosten.md:8:1: warning [post.keywords] " + phrase + " is not in the intro before the first H2;"
            + " missing: ai, workshop. Fix: use the keyphrase in the opening paragraph, ideally in its first two"
            + " sentences",
        "content/blog/kosten.md:10:1: warning [post.keywords] " + phrase + " is in no H2 or H3 subheading. Fix: use the"
            + " keyphrase in at least one H2 or H3, e.g. as the question a section answers"),
        TestContent.check(rule, content));
  }

  @Test
  void check_wordsThatOnlyStartAlike_areDifferentWords() {
    // "beste" and "bestellen" share five letters but not their stem: the title lacks "beste"
    ContentSet content = TestContent.forPosts(tmp).post("tools.md", """
        ---
        title: "AI tools bestellen"
        datePublished: 2026-01-05
        keywords: [beste AI tools]
        ---
        # De beste AI tools

        De beste AI tools voor je team.

        ## Welke AI tools zijn de beste?
        """).load();
    assertEquals(List.of("content/blog/tools.md:2:1: warning [post.keywords] focus keyphrase 'beste AI tools' (the"
        + " first of the post's keywords) is not in the title 'AI tools bestellen'; missing: beste. Fix: use the"
        + " keyphrase in the title; inflections and hyphenated forms count (AI-workshop, automatiseren)"),
        TestContent.check(rule, content));
  }
}
