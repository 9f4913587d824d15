package nl.geokern.core.answer;

import java.util.ArrayList;
import java.util.List;
import nl.geokern.core.model.SourceSpan;
import nl.geokern.core.text.Sentences;
import nl.geokern.core.text.Words;

/**
 * Cuts one page's sections into passages: each section's paragraphs, split into pieces of at most
 * {@code maxWords} words at paragraph boundaries, or at sentence boundaries inside a longer paragraph.
 * A section without text (a heading followed directly by a subheading) gives no passage.
 */
final class PassageCutter {

  private final String page;
  private final int maxWords;
  private final List<Passage> passages = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private int words;
  private List<String> headings = List.of();
  private String fragment = "";
  private SourceSpan span = SourceSpan.UNKNOWN;

  PassageCutter(String page, int maxWords) {
    if (maxWords < 1) {
      throw new IllegalArgumentException("maxWords must be 1 or more, found " + maxWords);
    }
    this.page = page;
    this.maxWords = maxWords;
  }

  /** Ends the current section and starts one under {@code headings}. */
  void section(List<String> headings, String fragment, SourceSpan span) {
    flush();
    this.headings = List.copyOf(headings);
    this.fragment = fragment;
    this.span = span;
  }

  /** Adds a paragraph (or list item, table row, quote) of plain text to the current section. */
  void paragraph(String paragraph) {
    String p = paragraph.strip();
    int count = Words.count(p);
    if (count == 0) {
      return;
    }
    if (count <= maxWords) {
      add(p, count);
      return;
    }
    for (String sentence : Sentences.split(p)) {
      add(sentence, Words.count(sentence));
    }
  }

  /** The passages cut so far, the current section included. */
  List<Passage> passages() {
    flush();
    return List.copyOf(passages);
  }

  private void add(String piece, int count) {
    if (words > 0 && words + count > maxWords) {
      flush();
    }
    if (text.length() > 0) {
      text.append(' ');
    }
    text.append(piece);
    words += count;
  }

  private void flush() {
    if (words > 0) {
      passages.add(new Passage(page, fragment, headings, text.toString(), span));
    }
    text.setLength(0);
    words = 0;
  }
}
