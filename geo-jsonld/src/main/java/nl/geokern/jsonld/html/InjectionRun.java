package nl.geokern.jsonld.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * What the pages of one {@link SiteInjector} run share: the previous manifest, the caller's graphs, and
 * the tally of what each page came to, which the workers fill. Thread-safe.
 */
final class InjectionRun {

  /** What became of a page. */
  enum Outcome {
    /** Written with its new block. */
    CHANGED,
    /** Read and found holding its block already. */
    UNCHANGED,
    /** As the manifest records it: not read. */
    SKIPPED,
    /** The caller had no graph for it: left alone. */
    WITHOUT_GRAPH,
    /** Could not be processed; reported. */
    FAILED,
    /** Removed while the run was under way: not counted. */
    GONE
  }

  private final InjectManifest previous;
  private final boolean sameGraphs;
  private final Function<String, Optional<String>> jsonForPage;
  private final Map<Outcome, LongAdder> counts = new EnumMap<>(Outcome.class);
  private final Queue<PageFailure> failures = new ConcurrentLinkedQueue<>();
  private final Map<String, List<ExistingJsonLd>> existing = new ConcurrentHashMap<>();
  private final Map<String, List<String>> warnings = new ConcurrentHashMap<>();
  private volatile boolean recordedTooRecently;

  /**
   * @param sameGraphs whether the caller's graphs key is the recorded run's: then a page as recorded
   *     keeps its recorded graph without asking {@code jsonForPage}
   */
  InjectionRun(InjectManifest previous, boolean sameGraphs, Function<String, Optional<String>> jsonForPage) {
    this.previous = previous;
    this.sameGraphs = sameGraphs;
    this.jsonForPage = jsonForPage;
    for (Outcome o : Outcome.values()) {
      counts.put(o, new LongAdder());
    }
  }

  InjectManifest previous() {
    return previous;
  }

  boolean sameGraphs() {
    return sameGraphs;
  }

  /** The caller's JSON text for the page at {@code rel}; empty for none. */
  Optional<String> jsonFor(String rel) {
    return jsonForPage.apply(rel);
  }

  void count(Outcome outcome) {
    counts.get(outcome).increment();
  }

  void fail(String rel, Exception e) {
    failures.add(new PageFailure(rel, rel + ": " + e, e));
  }

  /** Hand-written JSON-LD and warnings found in the page at {@code rel}. */
  void report(String rel, List<ExistingJsonLd> found, List<String> pageWarnings) {
    if (!found.isEmpty()) {
      existing.put(rel, found);
    }
    if (!pageWarnings.isEmpty()) {
      warnings.put(rel, pageWarnings);
    }
  }

  /** A page was read only because its record was too recent to trust, and found as recorded. */
  void recordedTooRecently() {
    recordedTooRecently = true;
  }

  /** Whether a page's record, unchanged, must be written again to be trusted on the next run. */
  boolean wasRecordedTooRecently() {
    return recordedTooRecently;
  }

  /** The result, with {@code manifestStatus} saying how the manifest was used. */
  SiteInjectionResult result(String manifestStatus) {
    List<PageFailure> sorted = new ArrayList<>(failures);
    sorted.sort(Comparator.comparing(PageFailure::path));
    int skipped = counted(Outcome.SKIPPED);
    int scanned = counted(Outcome.CHANGED) + counted(Outcome.UNCHANGED) + skipped + counted(Outcome.WITHOUT_GRAPH)
        + counted(Outcome.FAILED);
    return new SiteInjectionResult(scanned, counted(Outcome.CHANGED), counted(Outcome.UNCHANGED) + skipped, skipped,
        counted(Outcome.WITHOUT_GRAPH), sorted, existing, warnings, manifestStatus);
  }

  private int counted(Outcome outcome) {
    return counts.get(outcome).intValue();
  }
}
