package nl.geokern.core.answer;

import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/** The site language as far as retrieval cares: which analyzer stems and drops stop words. */
enum IndexLanguage {
  /** Dutch: Snowball stemming and Dutch stop words. */
  DUTCH,
  /** English: Porter stemming, possessives and English stop words. */
  ENGLISH,
  /** Any other language: lower-cased words, no stemming. */
  OTHER;

  /** The language of a BCP 47 tag such as {@code nl-NL} or {@code en}. */
  static IndexLanguage of(String tag) {
    String t = tag.strip().toLowerCase(Locale.ROOT);
    if (t.equals("nl") || t.startsWith("nl-") || t.startsWith("nl_")) {
      return DUTCH;
    }
    if (t.equals("en") || t.startsWith("en-") || t.startsWith("en_")) {
      return ENGLISH;
    }
    return OTHER;
  }

  /** A new analyzer for the language (one per index; analyzers are closed with it). */
  Analyzer analyzer() {
    return switch (this) {
      case DUTCH -> new DutchAnalyzer();
      case ENGLISH -> new EnglishAnalyzer();
      case OTHER -> new StandardAnalyzer();
    };
  }
}
