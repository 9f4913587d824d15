package nl.geokern.core.answer;

import java.util.List;
import java.util.Objects;
import nl.geokern.core.model.SourceSpan;

/**
 * A piece of a page that an answer engine can retrieve and quote on its own: the text under one
 * heading (or about 300 words of it), with the headings above it.
 *
 * @param page the page's url relative to the site root, as the site links it (e.g. {@code blog/x.html})
 * @param fragment the id of the passage's heading on the page, or empty when it has none
 * @param headings the heading path, outermost first (the page title, then the section headings)
 * @param text the passage's plain text, without its headings
 * @param span where the passage is written: its heading (or first block) in the Markdown or YAML file; the
 *     page's file for HTML
 */
public record Passage(String page, String fragment, List<String> headings, String text, SourceSpan span) {

  /** Rejects nulls and copies the headings. */
  public Passage {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(fragment, "fragment");
    headings = List.copyOf(headings);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }

  /** The passage's address: the page url, with {@code #fragment} when the heading has an id. */
  public String link() {
    return fragment.isEmpty() ? page : page + "#" + fragment;
  }

  /** The passage's own heading (the last of the path), or empty for text before any heading. */
  public String heading() {
    return headings.isEmpty() ? "" : headings.get(headings.size() - 1);
  }

  /** The heading path joined with {@code " > "}. */
  public String headingPath() {
    return String.join(" > ", headings);
  }

  /** The first {@code count} words of the text, followed by {@code …} when there are more. */
  public String firstWords(int count) {
    String[] words = text.strip().split("\\s+", count + 1);
    if (words.length <= count) {
      return text.strip();
    }
    return String.join(" ", List.of(words).subList(0, count)) + " …";
  }
}
