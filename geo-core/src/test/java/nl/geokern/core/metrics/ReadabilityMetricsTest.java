package nl.geokern.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.geokern.core.model.Block;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.Heading;
import nl.geokern.core.model.MarkdownBody;
import nl.geokern.core.model.SourceSpan;
import nl.geokern.core.model.TextBlock;
import nl.geokern.core.text.Readability;
import nl.geokern.core.text.Readability.Language;
import nl.geokern.core.text.Sentences;
import nl.geokern.core.text.Words;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The one-pass measurement equals measuring sentence by sentence and word by word on strings. */
class ReadabilityMetricsTest {

  /** The measurement as first written: every sentence and word copied out of the text. */
  static ReadabilityMetrics reference(List<Block> blocks, Optional<Language> language, int maxSentenceWords) {
    int words = 0;
    int sentences = 0;
    int syllables = 0;
    int longSentences = 0;
    SourceSpan firstLong = null;
    int longestWords = 0;
    SourceSpan longest = null;
    for (Block b : blocks) {
      if (!(b instanceof TextBlock t) || t.kind() == TextBlock.Kind.TABLE_ROW) {
        continue;
      }
      for (String sentence : Sentences.split(t.text())) {
        List<String> w = Words.split(sentence);
        sentences++;
        words += w.size();
        if (w.size() > maxSentenceWords && firstLong == null) {
          firstLong = t.span();
        }
        longSentences += w.size() > maxSentenceWords ? 1 : 0;
        syllables += language.map(l -> w.stream().mapToInt(x -> Readability.syllables(l, x)).sum()).orElse(0);
      }
      int n = Words.count(t.text());
      if (t.kind() == TextBlock.Kind.PARAGRAPH && n > longestWords) {
        longestWords = n;
        longest = t.span();
      }
    }
    OptionalDouble score = language.isPresent() && words > 0
        ? OptionalDouble.of(Readability.score(language.get(), words, sentences, syllables).value())
        : OptionalDouble.empty();
    return new ReadabilityMetrics(language.map(Language::formula), score,
        score.isPresent() ? Optional.of(Readability.scale(score.getAsDouble())) : Optional.empty(), words, sentences,
        syllables, maxSentenceWords, longSentences, sentences == 0 ? 0 : 100.0 * longSentences / sentences,
        Optional.ofNullable(firstLong), longestWords, Optional.ofNullable(longest));
  }

  private static final Gen<String> TEXT = lists().of(arbitrary().pick(List.of(
      "Een", "lange", "zin", "met", "AI-trajecten", "van", "1.500", "euro", "bijv.", "J.", "Bakker", "ideeën", "Café",
      "MKB'ers", "makes", ".", "!", "?", "\"", " ", " ", " ", "\n", "…", "--")))
      .ofSizeBetween(0, 80).map(l -> String.join("", l));

  private static final Gen<List<Block>> BLOCKS = lists().of(TEXT.zip(arbitrary().enumValues(TextBlock.Kind.class),
      (text, kind) -> (Block) new TextBlock(kind, text, text, List.of(), SourceSpan.of(Path.of("x.md"), 1, 1))))
      .ofSizeBetween(0, 6);

  @Test
  void of_randomBlocks_equalsWordByWordMeasurement() {
    qt().withExamples(500).forAll(BLOCKS, arbitrary().pick(List.of(1, 5, 20))).checkAssert((blocks, max) -> {
      List<Block> withHeading = new ArrayList<>(blocks);
      withHeading.add(new Heading(2, "Een kop met veel woorden erin?", SourceSpan.of(Path.of("x.md"), 9, 1)));
      for (Optional<Language> language : List.of(Optional.<Language>empty(), Optional.of(Language.DUTCH),
          Optional.of(Language.ENGLISH))) {
        assertEquals(reference(withHeading, language, max), ReadabilityMetrics.of(withHeading, language, max));
      }
    });
  }

  @Test
  void of_examplePosts_equalsWordByWordMeasurement() {
    ContentSet content = ExampleContentTest.load();
    for (BlogPost p : content.posts()) {
      for (Optional<Language> language : List.of(Optional.of(Language.DUTCH), Optional.of(Language.ENGLISH))) {
        assertEquals(reference(p.body().blocks(), language, 20), ReadabilityMetrics.of(p, language, 20), p.slug());
      }
    }
  }

  /** {@code post} with {@code blocks} as its body. */
  private static BlogPost withBlocks(BlogPost p, List<Block> blocks) {
    return new BlogPost(p.path(), p.slug(), p.title(), p.description(), p.datePublished(), p.dateModified(),
        p.author(), p.personas(), p.cluster(), p.intent(), p.keywords(), p.places(), p.answers(), p.faq(), p.url(),
        p.image(), p.fictional(), p.suppress(), p.fieldSpans(),
        new MarkdownBody(blocks, List.of(), 0, Optional.empty()), p.span());
  }

  @Test
  void paragraphWords_randomBlocks_areTheWordCountsOfTheParagraphs() {
    BlogPost example = ExampleContentTest.load().posts().get(0);
    qt().withExamples(300).forAll(BLOCKS, BLOCKS).checkAssert((some, more) -> {
      List<Block> blocks = new ArrayList<>(some);
      blocks.add(new Heading(2, "Een kop", SourceSpan.of(Path.of("x.md"), 9, 1)));
      blocks.addAll(more);
      BlogPost post = withBlocks(example, blocks);
      List<Integer> expected = post.body().paragraphs().stream().map(t -> Words.count(t.text())).toList();
      for (Optional<Language> language : List.of(Optional.<Language>empty(), Optional.of(Language.DUTCH))) {
        int[] words = ReadabilityMetrics.paragraphWords(post, language, 20);
        assertEquals(expected, Arrays.stream(words).boxed().toList());
        // A copy: changing it changes nothing remembered.
        Arrays.fill(words, -1);
        assertEquals(expected, Arrays.stream(ReadabilityMetrics.paragraphWords(post, language, 20)).boxed().toList());
      }
    });
  }

  @Test
  void paragraphWords_examplePosts_areTheWordCountsOfTheParagraphs() {
    for (BlogPost p : ExampleContentTest.load().posts()) {
      List<Integer> expected = p.body().paragraphs().stream().map(t -> Words.count(t.text())).toList();
      assertEquals(expected,
          Arrays.stream(ReadabilityMetrics.paragraphWords(p, Optional.of(Language.DUTCH), 20)).boxed().toList());
    }
  }

  @Test
  void of_samePostTwice_measuresOnce() {
    BlogPost post = ExampleContentTest.load().posts().get(0);
    Optional<Language> dutch = Optional.of(Language.DUTCH);
    assertSame(ReadabilityMetrics.of(post, dutch, 20), ReadabilityMetrics.of(post, dutch, 20));
    assertEquals(25, ReadabilityMetrics.of(post, dutch, 25).maxSentenceWords());
  }
}
