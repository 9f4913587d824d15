package nl.geokern.core.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.geokern.core.model.Block;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.Heading;
import nl.geokern.core.model.Link;
import nl.geokern.core.model.Place;
import nl.geokern.core.model.TextBlock;
import nl.geokern.core.text.Readability;
import nl.geokern.core.text.Sentences;
import nl.geokern.core.text.Words;

/** Analyses the posts of one content set; thread-safe, so posts can be analysed in parallel. */
final class PostAnalyzer {

  private final ContentSet content;
  private final Optional<Readability.Language> language;
  private final String ownHost;
  /** The site's places by the first folded part of each of their spellings. */
  private final Map<String, List<Spelling>> spellings = new HashMap<>();
  private final Keyphrases keyphrases;
  /**
   * The facts of each distinct word met in this content set: words repeat, so each is measured once
   * (syllables, parts, keyphrase terms) for the whole analysis and looked up after that.
   */
  private final Map<String, WordFacts> words = new ConcurrentHashMap<>();

  /** What the analysis needs of one word: its syllables in the site's language, its folded parts and its terms. */
  private record WordFacts(int syllables, List<String> parts, List<String> terms) {}

  /** A place's name and one of its spellings as folded word parts ({@code 's-Gravenhage}: s, gravenhage). */
  private record Spelling(String place, List<String> parts) {}

  PostAnalyzer(ContentSet content) {
    this.content = content;
    this.language = Readability.Language.ofTag(content.site().language());
    this.ownHost = Evidence.host(content.site().url());
    for (Place p : content.site().places()) {
      for (String s : p.spellings()) {
        List<String> parts = new ArrayList<>();
        Words.split(s).forEach(w -> parts.addAll(Keyphrases.parts(w)));
        if (!parts.isEmpty()) {
          spellings.computeIfAbsent(parts.get(0), k -> new ArrayList<>()).add(new Spelling(p.name(), parts));
        }
      }
    }
    this.keyphrases = new Keyphrases(language);
  }

  PostAnalysis analyse(BlogPost post) {
    Optional<Keyphrases.Focus> focus = keyphrases.focus(post, content);
    Keyphrases.Occurrences occurrences = new Keyphrases.Occurrences(focus.map(Keyphrases.Focus::stems)
        .orElse(List.of()));
    List<BlockAnalysis> blocks = new ArrayList<>();
    // The terms of the intro and the subheadings, where the keyphrase is looked for.
    List<String> intro = new ArrayList<>();
    boolean inIntro = true;
    boolean inSubheading = false;
    for (Block b : post.body().blocks()) {
      int level = b instanceof Heading h ? h.level() : 0;
      inIntro &= level < 2;
      boolean introText = inIntro && b instanceof TextBlock t && t.kind() != TextBlock.Kind.QUOTE;
      List<String> terms = introText || level == 2 || level == 3 ? new ArrayList<>() : null;
      blocks.add(block(b, occurrences, terms));
      if (introText) {
        intro.addAll(terms);
      } else if (terms != null && focus.isPresent()) {
        inSubheading |= focus.get().missing(terms).isEmpty();
      }
    }
    Set<String> citations = new LinkedHashSet<>();
    for (Link l : post.body().links()) {
      if (l.isExternal() && !ownHost.equals(Evidence.host(l.destination()))) {
        citations.add(l.destination());
      }
    }
    List<String> titleParts = new ArrayList<>();
    List<String> titleTerms = new ArrayList<>();
    for (String word : Words.split(post.title())) {
      titleParts.addAll(facts(word).parts());
      titleTerms.addAll(facts(word).terms());
    }
    boolean subheading = inSubheading;
    Optional<KeyphraseMatch> keyphrase = focus.map(f -> new KeyphraseMatch(f.phrase(), f.source(), f.words(),
        f.missing(titleTerms), f.missing(intro), subheading, occurrences.count()));
    return new PostAnalysis(post, language, blocks, places(titleParts), List.copyOf(citations), keyphrase);
  }

  /**
   * The analysis of a block. Its words' keyphrase terms go to {@code occurrences}, which counts the
   * keyphrase over the whole body, and to {@code terms} unless it is null.
   */
  private BlockAnalysis block(Block block, Keyphrases.Occurrences occurrences, List<String> terms) {
    String text = block.text();
    boolean runningText = block instanceof TextBlock t && t.kind() != TextBlock.Kind.TABLE_ROW;
    List<Integer> sentenceWords = new ArrayList<>();
    // a word has five characters or more on average, so a block rarely has more parts than this
    List<String> parts = new ArrayList<>(text.length() / 4 + 1);
    int words = 0;
    int syllables = 0;
    for (String sentence : runningText ? Sentences.split(text) : List.of(text)) {
      int n = 0;
      for (int i = Words.start(sentence, 0, sentence.length()); i < sentence.length(); ) {
        int end = Words.end(sentence, i, sentence.length());
        WordFacts facts = facts(sentence.substring(i, end));
        n++;
        syllables += facts.syllables();
        for (int k = 0; k < facts.parts().size(); k++) {
          parts.add(facts.parts().get(k));
        }
        for (int k = 0; k < facts.terms().size(); k++) {
          occurrences.add(facts.terms().get(k));
          if (terms != null) {
            terms.add(facts.terms().get(k));
          }
        }
        i = Words.start(sentence, end, sentence.length());
      }
      words += n;
      if (runningText) {
        sentenceWords.add(n);
      }
    }
    if (!(block instanceof TextBlock t)) {
      return new BlockAnalysis(block, words, List.of(), 0, List.of(), false, places(parts));
    }
    return new BlockAnalysis(block, words, sentenceWords, runningText ? syllables : 0, Evidence.statistics(text),
        Evidence.isAttributedQuotation(t), places(parts));
  }

  private WordFacts facts(String word) {
    WordFacts facts = words.get(word);
    if (facts == null) {
      List<String> parts = Keyphrases.parts(word);
      facts = new WordFacts(language.map(l -> Readability.syllables(l, word)).orElse(0), parts,
          keyphrases.terms(parts));
      words.put(word, facts);
    }
    return facts;
  }

  /** The places that the folded word parts of a text name, in text order, once per mention. */
  private List<String> places(List<String> parts) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      List<Spelling> candidates = spellings.get(parts.get(i));
      for (int k = 0; candidates != null && k < candidates.size(); k++) {
        Spelling s = candidates.get(k);
        if (i + s.parts().size() <= parts.size() && parts.subList(i, i + s.parts().size()).equals(s.parts())) {
          out.add(s.place());
        }
      }
    }
    return out;
  }
}
