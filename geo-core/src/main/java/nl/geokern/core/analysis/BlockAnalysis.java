package nl.geokern.core.analysis;

import java.util.List;
import java.util.Objects;
import nl.geokern.core.model.Block;

/**
 * One block of a post as the analysis measured it.
 *
 * @param block the heading or text block
 * @param words its words ({@link nl.geokern.core.text.Words})
 * @param sentenceWords the words of each of its sentences, for running text (paragraphs, list items,
 *     quotes); empty for headings and table rows
 * @param syllables the syllables of those sentences in the site's language (0 without one)
 * @param statistics the statistics it states (a percentage or an amount), in order, each once
 * @param attributedQuotation whether it quotes someone and says who
 * @param places the names of the places it mentions, in the site's order, once per mention
 */
public record BlockAnalysis(
    Block block,
    int words,
    List<Integer> sentenceWords,
    int syllables,
    List<String> statistics,
    boolean attributedQuotation,
    List<String> places) {

  /** Rejects nulls and copies the lists. */
  public BlockAnalysis {
    Objects.requireNonNull(block, "block");
    sentenceWords = List.copyOf(sentenceWords);
    statistics = List.copyOf(statistics);
    places = List.copyOf(places);
  }

  /** Whether the block is running text that readability measures. */
  public boolean isRunningText() {
    return !sentenceWords.isEmpty();
  }
}
