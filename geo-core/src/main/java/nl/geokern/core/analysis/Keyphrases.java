package nl.geokern.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.geokern.core.model.Block;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.Heading;
import nl.geokern.core.model.TextBlock;
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

  /**
   * Where the post's focus keyphrase appears; empty without a focus keyphrase or content words.
   *
   * @param blockTerms the terms ({@link #terms}) of each block of the post's body
   */
  Optional<KeyphraseMatch> match(BlogPost post, ContentSet content, List<List<String>> blockTerms) {
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
    // the stems of the phrase's words, in order
    if (words.isEmpty()) {
      return Optional.empty();
    }
    List<String> phraseStems = words.stream().map(this::stem).toList();
    List<String> intro = new ArrayList<>();
    List<String> body = new ArrayList<>();
    boolean inIntro = true;
    boolean inSubheading = false;
    List<Block> blocks = post.body().blocks();
    for (int i = 0; i < blocks.size(); i++) {
      List<String> terms = blockTerms.get(i);
      if (blocks.get(i) instanceof Heading h) {
        inIntro &= h.level() < 2;
        inSubheading |= (h.level() == 2 || h.level() == 3) && missing(words, phraseStems, terms).isEmpty();
      } else if (inIntro && ((TextBlock) blocks.get(i)).kind() != TextBlock.Kind.QUOTE) {
        intro.addAll(terms);
      }
      body.addAll(terms);
    }
    List<String> title = new ArrayList<>();
    Words.split(post.title()).forEach(w -> title.addAll(terms(parts(w))));
    return Optional.of(new KeyphraseMatch(phrase, source, words, missing(words, phraseStems, title),
        missing(words, phraseStems, intro), inSubheading, occurrences(phraseStems, body)));
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

  /** The phrase words whose stem is not among {@code terms}, in phrase order. */
  private static List<String> missing(List<String> words, List<String> phraseStems, List<String> terms) {
    List<String> out = new ArrayList<>();
    for (int j = 0; j < words.size(); j++) {
      if (!terms.contains(phraseStems.get(j))) {
        out.add(words.get(j));
      }
    }
    return out;
  }

  /** How often {@code phraseStems} occur in order in {@code terms}, not overlapping. */
  private static int occurrences(List<String> phraseStems, List<String> terms) {
    int n = 0;
    int size = phraseStems.size();
    for (int i = 0; i + size <= terms.size(); i++) {
      if (terms.get(i).equals(phraseStems.get(0)) && terms.subList(i, i + size).equals(phraseStems)) {
        n++;
        i += size - 1;
      }
    }
    return n;
  }
}
