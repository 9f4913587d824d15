package nl.geokern.jsonld.html;

import java.util.Objects;

/**
 * A page as geo left it, one line of the inject manifest.
 *
 * @param name the page's file name in its folder
 * @param size its size in bytes
 * @param time its modification time in nanoseconds since the epoch
 * @param graph the SHA-256 of its JSON text in hex, {@link #NO_GRAPH} or {@link #AGAIN}
 */
record PageRecord(String name, long size, long time, String graph) {

  /** The graph of a page the caller had no JSON-LD for. */
  static final String NO_GRAPH = "-";

  /** The graph of a page that failed and is processed again on the next run. */
  static final String AGAIN = "!";

  PageRecord {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(graph, "graph");
  }

  /** A page to process again on the next run, whatever its attributes. */
  static PageRecord again(String name) {
    return new PageRecord(name, -1, 0, AGAIN);
  }

  /** A page the caller had no graph for: its attributes do not matter. */
  static PageRecord withoutGraph(String name) {
    return new PageRecord(name, -1, 0, NO_GRAPH);
  }

  /** Whether the page had a graph when geo left it (not none, not failed). */
  boolean hasGraph() {
    return !graph.equals(NO_GRAPH) && !graph.equals(AGAIN);
  }
}
