package nl.geokern.core.rules.internal;

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
    ContentSet content = TestContent.in(tmp).post("goed.md", """
        ---
        title: "Administratie automatiseren voor één MKB bedrijf"
        datePublished: 2026-01-05
        keywords: [administratieve automatisering voor één MKB-bedrijf, iets anders]
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
    ContentSet content = TestContent.in(tmp).post("kosten.md", """
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
  void tokens_hyphensAccentsCase_foldedParts() {
    assertEquals(List.of("ai", "workshop", "een", "cafe", "mkb", "ers"), Keyphrases.tokens("AI-workshop één Café MKB'ers"));
  }

  @Test
  void sameWord_sharedPrefixOfFive_inflections() {
    assertEquals(true, Keyphrases.sameWord("automatisering", "automatiseren"));
    assertEquals(false, Keyphrases.sameWord("data", "datum"));
    assertEquals(false, Keyphrases.sameWord("kost", "kosten"));
  }
}
