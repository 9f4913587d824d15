package nl.geokern.core.rules.internal;

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
import nl.geokern.core.rules.Rule;
import nl.geokern.core.rules.RuleContext;

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
public final class FaqDuplicateRule implements Rule<FaqDuplicateRule.Options> {

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

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "No duplicate (error) or near-duplicate (warning) questions across the FAQ page and the posts' FAQ blocks.";
  }

  @Override
  public Options defaultOptions() {
    return new Options(0.5);
  }

  @Override
  public List<Finding> check(RuleContext context, Options options) {
    List<Occurrence> all = occurrences(context.content());
    int n = all.size();
    // Prefix filtering (AllPairs): order each question's shingles rarest first; two questions with
    // Jaccard >= t share at least ceil(t * |A|) shingles, so they share one among A's first
    // |A| - ceil(t * |A|) + 1 rarest shingles and B's likewise.
    Map<Integer, Integer> frequency = new HashMap<>();
    for (Occurrence o : all) {
      for (int s : o.shingles()) {
        frequency.merge(s, 1, Integer::sum);
      }
    }
    Comparator<Integer> rarestFirst = Comparator.<Integer>comparingInt(frequency::get).thenComparingInt(s -> s);
    Map<Integer, List<Integer>> index = new HashMap<>();
    Map<String, Integer> firstByText = new HashMap<>();
    boolean[] seen = new boolean[n];
    List<Finding> out = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      Occurrence later = all.get(j);
      if (later.normalised().isEmpty()) {
        continue;
      }
      Integer exact = firstByText.putIfAbsent(later.normalised(), j);
      Integer[] ordered = Arrays.stream(later.shingles()).boxed().sorted(rarestFirst).toArray(Integer[]::new);
      int prefix = ordered.length - (int) Math.ceil(options.threshold() * ordered.length - 1e-9) + 1;
      prefix = Math.min(ordered.length, Math.max(prefix, 1));
      if (exact != null) {
        out.add(finding(later, all.get(exact), Severity.ERROR, 1.0));
      } else {
        int best = -1;
        double bestSimilarity = 0;
        List<Integer> candidates = new ArrayList<>();
        for (int k = 0; k < prefix; k++) {
          for (int i : index.getOrDefault(ordered[k], List.of())) {
            if (!seen[i]) {
              seen[i] = true;
              candidates.add(i);
            }
          }
        }
        candidates.sort(null);
        for (int i : candidates) {
          seen[i] = false;
          double similarity = QuestionSimilarity.jaccard(all.get(i).shingles(), later.shingles());
          if (similarity >= options.threshold() - 1e-12 && similarity > bestSimilarity) {
            best = i;
            bestSimilarity = similarity;
          }
        }
        if (best >= 0) {
          out.add(finding(later, all.get(best), Severity.WARNING, bestSimilarity));
        }
      }
      for (int k = 0; k < prefix; k++) {
        index.computeIfAbsent(ordered[k], s -> new ArrayList<>()).add(j);
      }
    }
    return out;
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
