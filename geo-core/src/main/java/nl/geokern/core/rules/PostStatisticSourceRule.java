package nl.geokern.core.rules;

import java.util.List;
import java.util.Locale;
import nl.geokern.core.analysis.BlockAnalysis;
import nl.geokern.core.analysis.PostAnalysis;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.TextBlock;

/**
 * Rule {@code post.statistic-source}: a text block (paragraph, list item, quote, table row) that
 * states a statistic — a percentage ({@code 20%}, {@code 20 procent}) or an amount ({@code € 1.500},
 * {@code €1.500,-}, {@code 1.500 euro}, {@code EUR 300}, {@code $40}) — has a link in the same block.
 *
 * <p>Why: answer engines prefer, and readers trust, figures they can check; the content plan asks
 * that statistics and claims cite their source inline. Any link counts: an external source, or the
 * price page when the amount is the site's own price. A post marked {@code fictional} is skipped by
 * default (option {@code skipFictional}): its figures are illustrative and its disclaimer says so.
 */
final class PostStatisticSourceRule extends PostRule<PostStatisticSourceRule.Options> {

  /**
   * Options of {@code post.statistic-source}.
   *
   * @param skipFictional whether posts marked {@code fictional: true} are skipped
   */
  public record Options(boolean skipFictional) {}

  /** The rule; fictional posts are skipped. */
  PostStatisticSourceRule() {
    super("post.statistic-source", Severity.WARNING,
        "A block with a percentage or an amount links its source.", new Options(true));
  }

  @Override
  void checkPost(PostAnalysis analysis, ContentSet content, Options options, List<Finding> out) {
    BlogPost post = analysis.post();
    if (post.fictional() && options.skipFictional()) {
      return;
    }
    for (BlockAnalysis b : analysis.blocks()) {
      List<String> found = b.statistics();
      if (!(b.block() instanceof TextBlock t) || !t.links().isEmpty() || found.isEmpty()) {
        continue;
      }
      String kind = t.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
      out.add(finding(t.span(),
          (found.size() == 1 ? "statistic " : "statistics ") + "'" + String.join("', '", found) + "' "
              + (found.size() == 1 ? "has" : "have") + " no source link in the same " + kind,
          "link the source in this " + kind + ", e.g. 'volgens [CBS](https://www.cbs.nl/…)'; for your own prices,"
              + " link the page with the prices"));
    }
  }
}
