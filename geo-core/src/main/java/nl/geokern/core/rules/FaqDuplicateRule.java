package nl.geokern.core.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.FaqItem;
import nl.geokern.core.model.FaqPair;
import nl.geokern.core.model.SourceSpan;

/**
 * {@code faq.duplicate}: no question is written twice, or nearly twice, across the FAQ page
 * ({@code faq.yaml}) and the FAQ blocks of all posts.
 *
 * <p>Editorial reason: one source per question (SPEC, "Questions"). Two hand-kept copies of a
 * question drift apart, compete with each other in search, and confuse Google's "mark up one
 * instance" rule; an item that belongs on two pages is written once in {@code faq.yaml} and shown
 * under a post by id (front matter {@code faq: [id]}). Such reuse by id is never reported: only
 * question text a writer typed is compared.
 *
 * <p>Questions are compared by {@link QuestionSimilarity}: normalised (accents, case and punctuation
 * removed), then Jaccard similarity of character-trigram shingles. The same normalised text is an
 * <b>error</b>; a similarity of at least {@code threshold} (default 0.5) is a <b>warning</b>
 * (near-duplicate). The default separates "Wat kost een AI-workshop?" from "Wat kost een AI workshop
 * ongeveer?" (0.73) while the example site's 23 FAQ items and 48 post questions stay at 0.31 or below.
 *
 * <p>Order: FAQ page items in file order first (the one source), then posts by publication date and
 * path, each post's questions in order. A finding is reported at the later occurrence and names the
 * earlier one's text and location (the exact match, else the most similar one). Shingles are
 * computed once; candidates come from an inverted index over each question's rarest shingles (prefix
 * filtering), so only pairs that can reach the threshold are compared.
 */
final class FaqDuplicateRule extends BaseRule<FaqDuplicateRule.Options> {

  /** The rule's id. */
  public static final String ID = "faq.duplicate";

  /**
   * Options of {@code faq.duplicate}.
   *
   * @param threshold the Jaccard similarity (0–1, above 0) from which two questions are near-duplicates
   */
  public record Options(double threshold) {
    /** Rejects a threshold outside (0, 1]. */
    public Options {
      if (!(threshold > 0 && threshold <= 1)) {
        throw new IllegalArgumentException("threshold must be above 0 and at most 1: " + threshold);
      }
    }
  }

  /** One written question: on the FAQ page or in a post's FAQ block. */
  private record Occurrence(String text, String normalised, int[] shingles, SourceSpan span, Optional<FaqItem> item,
      Optional<BlogPost> post) {

    String describe() {
      String where = item.map(i -> "FAQ item '" + i.id() + "'").orElseGet(() -> "post '" + post.orElseThrow().slug() + "'");
      return "\"" + text + "\" (" + where + ", " + span + ")";
    }
  }

  /** The rule with its default severity and options. */
  public FaqDuplicateRule() {
    super(ID, Severity.ERROR,
        "No duplicate (error) or near-duplicate (warning) questions across the FAQ page and the posts' FAQ blocks.",
        new Options(0.5));
  }

  @Override
  public List<Finding> check(RuleContext context, Options options) {
    List<Occurrence> all = occurrences(context.content());
    int n = all.size();
    double t = options.threshold();
    // Prefix filtering (AllPairs): renumber shingles by rarity (rarest first) and sort each question's
    // shingles that way. Two questions with Jaccard >= t share at least ceil(t * |A|) shingles, so they
    // share one among A's first |A| - ceil(t * |A|) + 1 rarest shingles and B's likewise: only those
    // prefixes are indexed and probed.
    int[] frequency = new int[dictionarySize(all)];
    for (Occurrence o : all) {
      for (int s : o.shingles()) {
        frequency[s]++;
      }
    }
    int[] rank = rarityRanks(frequency);
    int[][] ranked = new int[n][];
    for (int j = 0; j < n; j++) {
      int[] sh = all.get(j).shingles();
      int[] r = new int[sh.length];
      for (int k = 0; k < sh.length; k++) {
        r[k] = rank[sh[k]];
      }
      Arrays.sort(r);
      ranked[j] = r;
    }
    int[][] postings = new int[frequency.length][];
    int[][] postingPositions = new int[frequency.length][];
    int[] postingSize = new int[frequency.length];
    int[] overlap = new int[n];
    int[] stamp = new int[n];
    Arrays.fill(stamp, -1);
    int[] candidates = new int[n];
    Map<String, Integer> firstByText = new HashMap<>();
    List<Finding> out = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      Occurrence later = all.get(j);
      if (later.normalised().isEmpty()) {
        continue;
      }
      int[] b = ranked[j];
      int prefix = Math.min(b.length, Math.max(1, b.length - (int) Math.ceil(t * b.length - 1e-9) + 1));
      Integer exact = firstByText.putIfAbsent(later.normalised(), j);
      if (exact != null) {
        out.add(finding(later, all.get(exact), Severity.ERROR, 1.0));
      } else {
        // Positional filter (PPJoin): a candidate first met at B's position k and A's position p can
        // share at most 1 + min(|A| - p - 1, |B| - k - 1) more shingles; drop it when that cannot reach
        // the overlap that Jaccard t needs, ceil(t / (1 + t) * (|A| + |B|)).
        int count = 0;
        for (int k = 0; k < prefix; k++) {
          int[] list = postings[b[k]];
          int[] positions = postingPositions[b[k]];
          for (int p = 0; p < postingSize[b[k]]; p++) {
            int i = list[p];
            int[] a = ranked[i];
            if (stamp[i] != j) {
              stamp[i] = j;
              overlap[i] = 0;
              if (Math.min(a.length, b.length) < t * Math.max(a.length, b.length) - 1e-9) {
                overlap[i] = -1;
                continue;
              }
              candidates[count++] = i;
            } else if (overlap[i] < 0) {
              continue;
            }
            int needed = (int) Math.ceil(t / (1 + t) * (a.length + b.length) - 1e-9);
            int bound = overlap[i] + 1 + Math.min(a.length - positions[p] - 1, b.length - k - 1);
            overlap[i] = bound >= needed ? overlap[i] + 1 : -1;
          }
        }
        Arrays.sort(candidates, 0, count);
        int best = -1;
        double bestSimilarity = 0;
        for (int c = 0; c < count; c++) {
          if (overlap[candidates[c]] < 0) {
            continue;
          }
          double similarity = QuestionSimilarity.jaccard(ranked[candidates[c]], b);
          if (similarity >= t - 1e-12 && similarity > bestSimilarity) {
            best = candidates[c];
            bestSimilarity = similarity;
          }
        }
        if (best >= 0) {
          out.add(finding(later, all.get(best), Severity.WARNING, bestSimilarity));
        }
      }
      for (int k = 0; k < prefix; k++) {
        int s = b[k];
        if (postings[s] == null) {
          postings[s] = new int[4];
          postingPositions[s] = new int[4];
        } else if (postingSize[s] == postings[s].length) {
          postings[s] = Arrays.copyOf(postings[s], postings[s].length * 2);
          postingPositions[s] = Arrays.copyOf(postingPositions[s], postings[s].length);
        }
        postingPositions[s][postingSize[s]] = k;
        postings[s][postingSize[s]++] = j;
      }
    }
    return out;
  }

  private static int dictionarySize(List<Occurrence> all) {
    int max = -1;
    for (Occurrence o : all) {
      for (int s : o.shingles()) {
        max = Math.max(max, s);
      }
    }
    return max + 1;
  }

  /** Ranks of shingle ids ordered by frequency, then id: the rarest shingle gets rank 0. */
  private static int[] rarityRanks(int[] frequency) {
    // Frequency and id packed into one long sort in that order, without boxing (both are non-negative).
    long[] keyed = new long[frequency.length];
    for (int i = 0; i < keyed.length; i++) {
      keyed[i] = (long) frequency[i] << 32 | i;
    }
    Arrays.sort(keyed);
    int[] rank = new int[frequency.length];
    for (int r = 0; r < keyed.length; r++) {
      rank[(int) keyed[r]] = r;
    }
    return rank;
  }

  private static List<Occurrence> occurrences(ContentSet c) {
    Map<String, Integer> dictionary = new HashMap<>();
    List<Occurrence> out = new ArrayList<>();
    for (FaqItem i : c.faqItems()) {
      String norm = QuestionSimilarity.normalise(i.question());
      out.add(new Occurrence(i.question(), norm, QuestionSimilarity.shingles(norm, dictionary), i.questionSpan(),
          Optional.of(i), Optional.empty()));
    }
    List<BlogPost> posts = c.posts().stream()
        .sorted(Comparator.comparing((BlogPost p) -> p.datePublished().date())
            .thenComparing(p -> p.path().toString().replace('\\', '/')))
        .toList();
    for (BlogPost p : posts) {
      if (p.body().faq().isEmpty()) {
        continue;
      }
      for (FaqPair pair : p.body().faq().get().pairs()) {
        String norm = QuestionSimilarity.normalise(pair.question());
        out.add(new Occurrence(pair.question(), norm, QuestionSimilarity.shingles(norm, dictionary),
            pair.questionSpan(), Optional.empty(), Optional.of(p)));
      }
    }
    return out;
  }

  private static Finding finding(Occurrence later, Occurrence earlier, Severity severity, double similarity) {
    String message = severity == Severity.ERROR
        ? "question \"" + later.text() + "\" duplicates " + earlier.describe()
        : String.format(Locale.ROOT, "question \"%s\" nearly duplicates %s; similarity %.2f", later.text(),
            earlier.describe(), similarity);
    return Finding.of(ID, severity, later.span(), message, hint(later, earlier));
  }

  private static String hint(Occurrence later, Occurrence earlier) {
    if (later.post().isPresent() && earlier.item().isPresent()) {
      String id = earlier.item().get().id();
      if (later.post().get().faq().contains(id)) {
        return "the post already shows FAQ item '" + id + "' by reference (faq: [" + id
            + "]); remove this hand-written copy";
      }
      return "show FAQ item '" + id + "' under the post by reference (front matter faq: [" + id
          + "]) and remove this copy, or ask a different question";
    }
    if (later.post().isPresent()) {
      return "keep the question in one place: move it to faq.yaml and show it under both posts by id (faq: [id]),"
          + " or ask a different question";
    }
    return "keep one of the two FAQ items and merge their answers, or rephrase this one so it asks something new";
  }
}
