package nl.geokern.core.report;

import static nl.geokern.core.report.internal.Html.escape;

import java.util.List;
import java.util.Locale;

/** An SVG bar chart of the HTML report, drawn at 1:1 scale so its text keeps the page's font size. */
final class HtmlBarChart {

  private static final int ROW_HEIGHT = 30;
  private static final int CHART_TOP = 28;

  /** Geometry of a chart: its width, where labels end, where bars start, their width, label length. */
  record Layout(int width, int labelRight, int barX, int barWidth, int labelChars) {}

  /** A chart across the page. */
  static final Layout WIDE = new Layout(960, 260, 270, 480, 38);
  /** A chart beside another. */
  static final Layout NARROW = new Layout(540, 190, 200, 280, 27);

  private HtmlBarChart() {}

  /**
   * One bar.
   *
   * @param label the text before the bar, shortened to fit
   * @param fullLabel the bar's tooltip
   * @param value its length, of the chart's maximum
   * @param valueText the text after the bar
   * @param tone its colour class
   */
  record Bar(String label, String fullLabel, double value, String valueText, String tone) {}

  /** Appends the chart's SVG to {@code out}: one row per bar, with grid lines at {@code ticks}. */
  static void write(StringBuilder out, Layout layout, String id, String title, String description, List<Bar> bars,
      double max, List<Integer> ticks) {
    int barX = layout.barX();
    int barWidth = layout.barWidth();
    int height = CHART_TOP + Math.max(1, bars.size()) * ROW_HEIGHT + 8;
    line(out, "<svg class=\"chart\" id=\"" + id + "\" width=\"" + layout.width() + "\" height=\""
        + height + "\" viewBox=\"0 0 " + layout.width() + " " + height + "\" role=\"img\" aria-labelledby=\"" + id + "-title " + id
        + "-desc\">");
    line(out, "<title id=\"" + id + "-title\">" + escape(title) + "</title>");
    line(out, "<desc id=\"" + id + "-desc\">" + escape(description) + "</desc>");
    for (int t : ticks) {
      double x = barX + barWidth * (t / max);
      line(out, "<line class=\"grid\" x1=\"" + num(x) + "\" y1=\"" + (CHART_TOP - 6) + "\" x2=\""
          + num(x) + "\" y2=\"" + (height - 6) + "\"/>");
      line(out, "<text class=\"tick\" x=\"" + num(x) + "\" y=\"" + (CHART_TOP - 10)
          + "\" text-anchor=\"middle\">" + t + "</text>");
    }
    if (bars.isEmpty()) {
      line(out, "<text class=\"empty\" x=\"" + barX + "\" y=\"" + (CHART_TOP + 19) + "\">"
          + escape("nothing to show") + "</text>");
    }
    int y = CHART_TOP;
    for (Bar b : bars) {
      double w = barWidth * Math.max(0, Math.min(1, b.value() / max));
      line(out, "<g class=\"bar-row " + b.tone() + "\">");
      line(out, "<title>" + escape(b.fullLabel()) + "</title>");
      line(out, "<text class=\"label\" x=\"" + layout.labelRight() + "\" y=\"" + (y + 19)
          + "\" text-anchor=\"end\">" + escape(shorten(b.label(), layout.labelChars()))
          + "</text>");
      line(out, "<rect class=\"track\" x=\"" + barX + "\" y=\"" + (y + 7) + "\" width=\"" + barWidth
          + "\" height=\"16\" rx=\"3\"/>");
      line(out, "<rect class=\"bar\" x=\"" + barX + "\" y=\"" + (y + 7) + "\" width=\"" + num(w)
          + "\" height=\"16\" rx=\"3\"/>");
      line(out, "<text class=\"value\" x=\"" + (barX + barWidth + 10) + "\" y=\"" + (y + 19) + "\">"
          + escape(b.valueText()) + "</text>");
      line(out, "</g>");
      y += ROW_HEIGHT;
    }
    line(out, "</svg>");
  }

  private static String shorten(String label, int maxChars) {
    if (label.codePointCount(0, label.length()) <= maxChars) {
      return label;
    }
    int end = label.offsetByCodePoints(0, maxChars - 1);
    return label.substring(0, end).stripTrailing() + "…";
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }
}
