package nl.geokern.core.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.text.Readability.Language;
import nl.geokern.core.text.TextFold;
import nl.geokern.core.text.Words;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Matches a post's focus keyphrase word by word. A word ({@link Words}) is split at its hyphens,
 * apostrophes and dots ({@code AI-workshop} = AI + workshop) and folded (lower case, no accents);
 * Lucene's stop words of the site's language are left out (with {@code vs} and {@code versus}, which
 * comparison keyphrases use and neither list has), and the other words compare by their Snowball
 * stem. A language without a stemmer compares words as they are, without stop words.
 */
final class Keyphrases {

  /** What splits a word into the parts that are matched. */
  private static final Pattern JOINER = Pattern.compile("[-'\u2019.]");

  private final Optional<Language> language;
  private final CharArraySet stopWords;

  Keyphrases(Optional<Language> language) {
    this.language = language;
    this.stopWords = language.map(l -> {
      CharArraySet words = new CharArraySet(l == Language.DUTCH ? DutchAnalyzer.getDefaultStopSet()
          : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
      words.addAll(List.of("vs", "versus"));
      return words;
    }).orElse(CharArraySet.EMPTY_SET);
  }

  /** The post's focus keyphrase: the first of its keywords, else its cluster's first keyword; empty without content words. */
  Optional<Focus> focus(BlogPost post, ContentSet content) {
    String phrase;
    String source;
    if (!post.keywords().isEmpty() && !post.keywords().get(0).isBlank()) {
      phrase = post.keywords().get(0);
      source = "the first of the post's keywords";
    } else {
      var cluster = post.cluster().flatMap(content::cluster).filter(c -> !c.keywords().isEmpty());
      if (cluster.isEmpty()) {
        return Optional.empty();
      }
      phrase = cluster.get().keywords().get(0);
      source = "the first keyword of cluster '" + cluster.get().id() + "'";
    }
    List<String> words = new ArrayList<>();
    for (String word : Words.split(phrase)) {
      parts(word).stream().filter(p -> !stopWords.contains(p)).forEach(words::add);
    }
    return words.isEmpty() ? Optional.empty()
        : Optional.of(new Focus(phrase, source, words, words.stream().map(this::stem).toList()));
  }

  /** The terms of a word's folded parts ({@link #parts}): the stems of those that are no stop words. */
  List<String> terms(List<String> parts) {
    List<String> out = new ArrayList<>();
    for (String part : parts) {
      if (!stopWords.contains(part)) {
        out.add(stem(part));
      }
    }
    return out;
  }

  /** A word's ({@link Words}) parts between its hyphens, apostrophes and dots, folded. */
  static List<String> parts(String word) {
    return List.of(JOINER.split(TextFold.fold(word)));
  }

  /** The Snowball stem of a folded word in the site's language; the word itself without a stemmer. */
  private String stem(String word) {
    if (language.isEmpty()) {
      return word;
    }
    SnowballStemmer stemmer = language.get() == Language.DUTCH ? new DutchStemmer() : new EnglishStemmer();
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  /**
   * A focus keyphrase.
   *
   * @param phrase the phrase as written
   * @param source where it comes from
   * @param words its content words, folded
   * @param stems the stems of those words
   */
  record Focus(String phrase, String source, List<String> words, List<String> stems) {

    /** The phrase words whose stem is not among {@code terms}, in phrase order. */
    List<String> missing(List<String> terms) {
      List<String> out = new ArrayList<>();
      for (int j = 0; j < words.size(); j++) {
        if (!terms.contains(stems.get(j))) {
          out.add(words.get(j));
        }
      }
      return out;
    }
  }

  /**
   * Counts how often a phrase's stems occur in order in a run of terms fed one by one, not overlapping;
   * an empty phrase occurs nowhere.
   */
  static final class Occurrences {
    private final List<String> stems;
    /** The last terms fed, as many as the phrase has words at most. */
    private final ArrayDeque<String> window = new ArrayDeque<>();
    private int count;

    Occurrences(List<String> stems) {
      this.stems = stems;
    }

    void add(String term) {
      if (stems.isEmpty()) {
        return;
      }
      window.addLast(term);
      if (window.size() > stems.size()) {
        window.removeFirst();
      }
      if (term.equals(stems.get(stems.size() - 1)) && window.size() == stems.size()
          && List.copyOf(window).equals(stems)) {
        count++;
        window.clear();
      }
    }

    int count() {
      return count;
    }
  }
}
