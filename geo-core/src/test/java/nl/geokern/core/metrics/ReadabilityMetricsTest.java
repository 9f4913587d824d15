package nl.geokern.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.geokern.core.TestContent;
import nl.geokern.core.analysis.ContentAnalysis;
import nl.geokern.core.analysis.PostAnalysis;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.SourceSpan;
import nl.geokern.core.text.Readability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A post's readability from its analysis, checked against counts made by hand. */
class ReadabilityMetricsTest {

  @TempDir Path project;

  /*
   * Running text, headings and table rows excluded:
   *   paragraph (line 7):  "De kat zit op de mat." 6 words, 6 syllables; "Wij helpen kleine bedrijven graag
   *                        op weg." 7 words, 11 syllables
   *   list item (line 11): 23 words in one sentence: a long sentence (> 20)
   *   quote (line 13):     "Trouwe klanten blijven eeuwig terugkomen." 5 words, 12 syllables
   * The list item's words are "een" × 22 and "kat": 23 syllables.
   */
  static final String POST = """
      ---
      title: Lezen
      datePublished: 2026-01-05
      ---
      # Lezen

      De kat zit op de mat. Wij helpen kleine bedrijven graag op weg.

      ## Lijst

      - %s kat.

      > Trouwe klanten blijven eeuwig terugkomen.

      | kolom een | kolom twee |
      |---|---|
      | een | twee |
      """.formatted("een ".repeat(22).strip());

  @Test
  void of_postWithEveryKindOfBlock_countsRunningTextOnly() {
    ContentSet content = TestContent.in(project).post("post-een.md", POST).load();
    PostAnalysis post = ContentAnalysis.of(content).posts().get(0);

    ReadabilityMetrics m = ReadabilityMetrics.of(post, 20);

    Path file = content.posts().get(0).path();
    double score = Readability.fleschDouma(41, 4, 52);
    assertEquals(new ReadabilityMetrics(Optional.of("Flesch–Douma"), OptionalDouble.of(score),
        Optional.of(Readability.scale(score)), 41, 4, 52, 20, 1, 25.0,
        Optional.of(SourceSpan.of(file, 11, 1)), 13, Optional.of(SourceSpan.of(file, 7, 1))), m);
  }

  @Test
  void of_longerLimit_noLongSentence() {
    ContentSet content = TestContent.in(project).post("post-een.md", POST).load();

    ReadabilityMetrics m = ReadabilityMetrics.of(ContentAnalysis.of(content).posts().get(0), 23);

    assertEquals(0, m.longSentences());
    assertEquals(Optional.empty(), m.firstLongSentence());
  }

  @Test
  void of_languageWithoutFormula_noScoreNoSyllables() {
    ContentSet content = TestContent.in(project).with("site.yaml", TestContent.SITE.replace("nl-NL", "de-DE"))
        .post("post-een.md", POST).load();

    ReadabilityMetrics m = ReadabilityMetrics.of(ContentAnalysis.of(content).posts().get(0), 20);

    assertEquals(OptionalDouble.empty(), m.score());
    assertEquals(Optional.empty(), m.formula());
    assertEquals(0, m.syllables());
    assertEquals(41, m.words());
  }
}
