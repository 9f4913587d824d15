package nl.geokern.core.graph;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How page graphs are built.
 *
 * @param timeZone the zone in which a date without a time (e.g. {@code datePublished: 2026-01-05}) is
 *     read, so that dates in the graph carry a time zone as Google recommends
 */
public record GraphOptions(ZoneId timeZone) {

  /** Dates without a time are read in UTC. */
  public static final GraphOptions DEFAULTS = new GraphOptions(ZoneId.of("UTC"));

  /** Rejects nulls. */
  public GraphOptions {
    Objects.requireNonNull(timeZone, "timeZone");
  }
}
