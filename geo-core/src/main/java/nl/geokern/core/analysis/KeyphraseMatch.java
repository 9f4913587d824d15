package nl.geokern.core.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Where a post's focus keyphrase appears. Words match by their Snowball stem in the site's language
 * ({@code automatisering} ~ {@code automatiseren}), ignoring case, accents and stop words.
 *
 * @param phrase the keyphrase as written
 * @param source where the keyphrase comes from, such as {@code the first of the post's keywords}
 * @param words the phrase's content words (folded, stop words left out); never empty
 * @param missingInTitle the content words the title lacks
 * @param missingInIntro the content words the intro (the text before the first H2) lacks
 * @param inSubheading whether an H2 or H3 holds every content word
 * @param occurrences how often the content words occur in order in the body, stop words between them
 *     skipped, not overlapping
 */
public record KeyphraseMatch(
    String phrase,
    String source,
    List<String> words,
    List<String> missingInTitle,
    List<String> missingInIntro,
    boolean inSubheading,
    int occurrences) {

  /** Rejects nulls and empty words, and copies the lists. */
  public KeyphraseMatch {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(source, "source");
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a keyphrase needs a content word: '" + phrase + "'");
    }
    missingInTitle = List.copyOf(missingInTitle);
    missingInIntro = List.copyOf(missingInIntro);
  }
}
