package nl.geokern.core.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.text.Readability;

/**
 * One post's text, measured once after loading: every rule and the report read it instead of
 * scanning the text again.
 *
 * @param post the post
 * @param language the site's language, when it has a readability formula and a stemmer
 * @param blocks one analysis per block of the body, in order
 * @param titlePlaces the names of the places the title mentions, once per mention
 * @param citations the distinct external link targets outside the site's own host, in order
 * @param keyphrase where the focus keyphrase appears; empty when the post has none
 */
public record PostAnalysis(
    BlogPost post,
    Optional<Readability.Language> language,
    List<BlockAnalysis> blocks,
    List<String> titlePlaces,
    List<String> citations,
    Optional<KeyphraseMatch> keyphrase) {

  /** Rejects nulls and copies the lists. */
  public PostAnalysis {
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(language, "language");
    blocks = List.copyOf(blocks);
    titlePlaces = List.copyOf(titlePlaces);
    citations = List.copyOf(citations);
    Objects.requireNonNull(keyphrase, "keyphrase");
  }

  /** Analyses one post of a content set; {@link ContentAnalysis#of} analyses them all. */
  public static PostAnalysis of(BlogPost post, ContentSet content) {
    return new PostAnalyzer(content).analyse(post);
  }

  /** The analysis of the block at {@code index} of the post's body. */
  public BlockAnalysis block(int index) {
    return blocks.get(index);
  }
}
