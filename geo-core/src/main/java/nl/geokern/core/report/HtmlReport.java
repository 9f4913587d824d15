package nl.geokern.core.report;

import java.io.IOException;
import java.io.Writer;

/**
 * The report as one self-contained HTML5 page for a content lead: a summary header with a
 * pass/fail badge, the findings grouped by file, the persona × question coverage matrix, the
 * calendar as week tiles, cluster coverage and per-post readability and GEO evidence as inline SVG
 * charts.
 *
 * <p>The page needs no network and no JavaScript: CSS and SVG are inline, there are no external
 * fonts, images, scripts or stylesheets. Every piece of text goes through one HTML escape. Charts
 * carry stable ids for tests: {@code summary}, {@code findings}, {@code coverage-matrix}, {@code
 * calendar}, {@code chart-clusters}, {@code chart-readability}, {@code chart-geo}, {@code
 * post-scores}, {@code geo-basis}. Output is deterministic.
 */
public final class HtmlReport {

  private HtmlReport() {}

  /** Writes the page to {@code out} (which is flushed, not closed). */
  public static void write(ValidationReport report, Writer out) throws IOException {
    out.write(new HtmlPage(report).render());
    out.flush();
  }

  /**
   * The page's content as one {@code <div class="geo-report">} for another page's body, such as a
   * Maven site report: the same summary, sections, charts and footer as {@link #write}, rendered
   * by the same code. Style it with {@link #fragmentStyle()} in the host page's head.
   */
  public static String fragment(ValidationReport report) {
    return new HtmlPage(report).renderFragment();
  }

  /**
   * The style sheet for {@link #fragment}: the page's own rules, scoped to the fragment's element
   * so that the host page keeps its look. Put it in a {@code <style>} element.
   */
  public static String fragmentStyle() {
    return HtmlStyle.FRAGMENT;
  }
}
