package nl.geokern.core.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.model.SourceSpan;

/** The report as compiler-style console lines: one per finding, then one summary line. */
public final class ConsoleReport {

  private ConsoleReport() {}

  /**
   * The sorted finding lines ({@code path:line:col: severity [rule-id] message. Fix: hint}, paths
   * relative to the project; a finding without a file starts at its severity) followed by the
   * summary line.
   */
  public static List<String> lines(ValidationReport report) {
    List<String> lines = new ArrayList<>(report.findings().size() + 1);
    for (Finding f : report.findings()) {
      SourceSpan span = f.span();
      if (span.isKnown()) {
        SourceSpan shown =
            SourceSpan.of(Path.of(report.shownPath(span.path())), span.line(), span.column());
        lines.add(
            new Finding(f.ruleId(), f.severity(), shown, f.message(), f.hint()).toConsoleLine());
      } else {
        // No location to show: drop the empty "path: " prefix rather than print ": error ...".
        String line = f.toConsoleLine();
        lines.add(line.startsWith(": ") ? line.substring(2) : line);
      }
    }
    lines.add(summaryLine(report));
    return List.copyOf(lines);
  }

  /**
   * The one summary line, such as {@code geo: 2 errors, 5 warnings, 1 info in 12 posts and 23 FAQ
   * items; persona questions answered 14/14; calendar weeks complete 12/12}; a report without
   * content counts findings only: {@code geo: 0 errors, 0 warnings, 13 info}.
   */
  public static String summaryLine(ValidationReport report) {
    Summary s = report.summary();
    if (s.posts() == 0 && s.faqItems() == 0 && s.personaQuestionsTotal() == 0 && s.calendarWeeksTotal() == 0) {
      // A report without content (check-html, or content that did not load) counts findings only.
      return report.toolName() + ": " + count(s.errors(), "error", "errors") + ", "
          + count(s.warnings(), "warning", "warnings") + ", " + count(s.infos(), "info", "info");
    }
    return report.toolName() + ": "
        + count(s.errors(), "error", "errors") + ", "
        + count(s.warnings(), "warning", "warnings") + ", "
        + count(s.infos(), "info", "info") + " in "
        + count(s.posts(), "post", "posts") + " and "
        + count(s.faqItems(), "FAQ item", "FAQ items")
        + "; persona questions answered " + s.personaQuestionsAnswered() + "/"
        + s.personaQuestionsTotal()
        + "; calendar weeks complete " + s.calendarWeeksComplete() + "/" + s.calendarWeeksTotal();
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
