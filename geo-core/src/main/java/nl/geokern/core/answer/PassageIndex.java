package nl.geokern.core.answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * An in-memory Lucene index of passages that answers questions the way a lexical answer engine
 * retrieves: BM25 over the passage text and its heading path, analysed for the site's language
 * (Dutch or English stemming and stop words; other languages lower-cased words).
 *
 * <p>Built in one pass with one writer; a question becomes a disjunction of its analysed terms
 * (no query syntax, so any text is a valid question), each matched in the text and, with
 * {@link #HEADING_BOOST}, in the headings.
 */
public final class PassageIndex implements AutoCloseable {

  /** How much more a question word counts in the heading path than in the text. */
  public static final float HEADING_BOOST = 2.0f;

  /** The most distinct terms of a question that are searched (a question is a sentence, not a page). */
  static final int MAX_TERMS = 64;

  private static final String TEXT = "text";
  private static final String HEADINGS = "headings";
  private static final String ORDINAL = "ordinal";

  /** Indexing buffer: large enough that a big site is written in a few segments. */
  private static final double RAM_BUFFER_MB = 64;

  /** Analysed words with their frequencies and norms: all BM25 needs (no positions, nothing stored). */
  private static final FieldType WORDS = words();

  private final List<Passage> passages;
  private final IndexLanguage language;
  private final Analyzer analyzer;
  private final ByteBuffersDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final List<Passage> byDocument;

  private PassageIndex(List<Passage> passages, IndexLanguage language) throws IOException {
    this.passages = List.copyOf(passages);
    this.language = language;
    this.analyzer = language.analyzer();
    this.directory = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(RAM_BUFFER_MB);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      Document doc = new Document();
      NumericDocValuesField ordinal = new NumericDocValuesField(ORDINAL, 0);
      Field text = new Field(TEXT, "", WORDS);
      Field headings = new Field(HEADINGS, "", WORDS);
      doc.add(ordinal);
      doc.add(text);
      doc.add(headings);
      for (int i = 0; i < this.passages.size(); i++) {
        Passage p = this.passages.get(i);
        ordinal.setLongValue(i);
        text.setStringValue(p.text());
        headings.setStringValue(String.join("\n", p.headings()));
        writer.addDocument(doc);
      }
    }
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.byDocument = inDocumentOrder(reader, this.passages);
  }

  /** The passages by Lucene document id, read once from the ordinal each document was given. */
  private static List<Passage> inDocumentOrder(DirectoryReader reader, List<Passage> passages) throws IOException {
    Passage[] out = new Passage[reader.maxDoc()];
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues ordinals = leaf.reader().getNumericDocValues(ORDINAL);
      if (ordinals == null) {
        continue;
      }
      for (int doc = ordinals.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ordinals.nextDoc()) {
        out[leaf.docBase + doc] = passages.get((int) ordinals.longValue());
      }
    }
    return Arrays.asList(out);
  }

  private static FieldType words() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }

  /**
   * Indexes {@code passages} for a site in {@code languageTag} (BCP 47: {@code nl*} Dutch,
   * {@code en*} English, anything else without stemming).
   */
  public static PassageIndex build(List<Passage> passages, String languageTag) {
    try {
      return new PassageIndex(passages, IndexLanguage.of(languageTag));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the in-memory passage index", e);
    }
  }

  /** How many passages are indexed. */
  public int size() {
    return passages.size();
  }

  /**
   * The best {@code depth} passages for {@code question}, best first; empty when none of its words
   * (after stop words) occurs in any passage.
   */
  public List<PassageHit> search(String question, int depth) {
    if (depth < 1) {
      throw new IllegalArgumentException("depth must be 1 or more, found " + depth);
    }
    try {
      Set<String> terms = terms(question);
      if (terms.isEmpty() || passages.isEmpty()) {
        return List.of();
      }
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      for (String term : terms) {
        query.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD);
        query.add(new BoostQuery(new TermQuery(new Term(HEADINGS, term)), HEADING_BOOST), BooleanClause.Occur.SHOULD);
      }
      // Counting hits only up to the depth lets Lucene skip blocks that cannot make the top (block-max WAND).
      ScoreDoc[] docs = searcher.search(query.build(), new TopScoreDocCollectorManager(depth, null, depth)).scoreDocs;
      List<PassageHit> hits = new ArrayList<>(docs.length);
      for (ScoreDoc d : docs) {
        Passage p = byDocument.get(d.doc);
        hits.add(new PassageHit(p, hits.size() + 1, d.score, Openers.answersFirst(p.text()),
            Openers.standsAlone(p.text(), language)));
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the in-memory passage index", e);
    }
  }

  /** The distinct terms the analyzer makes of {@code text}, at most {@link #MAX_TERMS}. */
  private Set<String> terms(String text) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    try (TokenStream tokens = analyzer.tokenStream(TEXT, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (out.size() < MAX_TERMS && tokens.incrementToken()) {
        out.add(term.toString());
      }
      tokens.end();
    }
    return out;
  }

  /** Releases the index and its analyzer. */
  @Override
  public void close() {
    try {
      IOUtils.close(reader, directory, analyzer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the in-memory passage index", e);
    }
  }
}
