package nl.geokern.jsonld.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import nl.geokern.jsonld.html.InjectionRun.Outcome;
import nl.geokern.jsonld.io.AtomicFiles;

/**
 * One page of a run: skipped when it is as the manifest records it, else its graph is asked for, and
 * the page is read, spliced and, when that changes it, written atomically. The page's bytes are held
 * only while it is processed.
 *
 * @param folder the folder the page is in
 * @param name the page's file name
 * @param listed the page as its folder's listing found it; empty for a page taken from the manifest,
 *     which is stat'ed here
 * @param recorded what the manifest records of it
 */
record PageTask(SiteFolder folder, String name, Optional<Listed> listed, Optional<PageRecord> recorded) {

  /**
   * A page as a listing found it: its path as listed (a name that does not survive as text is found by
   * it alone) and its attributes.
   */
  record Listed(Path path, BasicFileAttributes attrs) {}

  /** What became of the page, and its record for the next manifest (none when it is gone). */
  record Done(Outcome outcome, Optional<PageRecord> record) {}

  /** Processes the page; a failure is reported to {@code run} and the page recorded to be tried again. */
  Done run(InjectionRun run) {
    Done done;
    try {
      done = process(run);
    } catch (IOException | RuntimeException e) {
      run.fail(folder.relOf(name), e);
      done = new Done(Outcome.FAILED, Optional.of(PageRecord.again(name)));
    }
    run.count(done.outcome());
    return done;
  }

  private Done process(InjectionRun run) throws IOException {
    Optional<PageRecord> old = recorded.filter(r -> !r.graph().equals(PageRecord.AGAIN));
    if (run.sameGraphs() && old.isPresent() && old.get().graph().equals(PageRecord.NO_GRAPH)) {
      return new Done(Outcome.WITHOUT_GRAPH, old); // the graphs are the recorded run's, and it had none
    }
    Optional<BasicFileAttributes> found = listed.isPresent() ? listed.map(Listed::attrs) : folder.stat(name);
    if (found.isEmpty() || !found.get().isRegularFile()) {
      return new Done(Outcome.GONE, Optional.empty());
    }
    BasicFileAttributes attrs = found.get();
    InjectManifest previous = run.previous();
    if (run.sameGraphs() && old.isPresent() && previous.trusts(old.get(), attrs)) {
      return new Done(Outcome.SKIPPED, old); // a page as recorded keeps its recorded graph
    }
    String rel = folder.relOf(name);
    Optional<String> json = run.jsonFor(rel);
    if (json.isEmpty()) {
      if (run.sameGraphs() && old.isPresent()) {
        throw new IllegalStateException("no graph for " + rel + " although the graphs key is unchanged");
      }
      return new Done(Outcome.WITHOUT_GRAPH, Optional.of(PageRecord.withoutGraph(name)));
    }
    String graph = sha256(json.get());
    if (old.isPresent() && old.get().graph().equals(graph) && previous.trusts(old.get(), attrs)) {
      return new Done(Outcome.SKIPPED, old);
    }
    // the attributes are from before the read: a change after it moves the time
    Path file = listed.map(Listed::path).orElseGet(() -> folder.path().resolve(name));
    HtmlInjector.Splice splice = HtmlInjector.create().splice(Files.readAllBytes(file), json.get());
    run.report(rel, splice.existing(), splice.warnings());
    if (splice.changed()) {
      BasicFileAttributes written = AtomicFiles.replace(file, splice.parts());
      return new Done(Outcome.CHANGED, Optional.of(record(written, graph)));
    }
    PageRecord now = record(attrs, graph);
    if (recorded.equals(Optional.of(now))) {
      run.recordedTooRecently(); // as recorded but not trusted: a manifest written now is old enough
    }
    return new Done(Outcome.UNCHANGED, Optional.of(now));
  }

  private PageRecord record(BasicFileAttributes attrs, String graph) {
    return new PageRecord(name, attrs.size(), InjectManifest.nanos(attrs.lastModifiedTime()), graph);
  }

  /** The SHA-256 of the JSON text: a collision would silently leave a stale graph in a page. */
  static String sha256(String json) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
