package nl.geokern.core.rules.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.TextBlock;

/**
 * Rule {@code post.statistic-source}: a text block (paragraph, list item, quote, table row) that
 * states a statistic — a percentage ({@code 20%}, {@code 20 procent}) or a euro amount
 * ({@code € 1.500}, {@code €1.500,-}, {@code 1.500 euro}, {@code EUR 300}) — has a link in the same
 * block.
 *
 * <p>Why: answer engines prefer, and readers trust, figures they can check; the content plan asks
 * that statistics and claims cite their source inline. Any link counts: an external source, or the
 * price page when the amount is the site's own price. A post marked {@code fictional} is skipped by
 * default (option {@code skipFictional}): its figures are illustrative and its disclaimer says so.
 */
public final class PostStatisticSourceRule extends PostRule<PostStatisticSourceRule.Options> {

  /**
   * Options of {@code post.statistic-source}.
   *
   * @param skipFictional whether posts marked {@code fictional: true} are skipped
   */
  public record Options(boolean skipFictional) {}

  private static final String NUMBER = "\\d+(?:[.\\u00A0 ]\\d{3})*(?:,(?:\\d+|-{1,2}))?";
  private static final Pattern STATISTIC = Pattern.compile(
      "(?<![\\p{L}\\p{N}])\\d+(?:[.,]\\d+)?[ \\u00A0]?(?:%|procent(?![\\p{L}])|percent(?![\\p{L}]))"
          + "|€[ \\u00A0]?" + NUMBER
          + "|(?<![\\p{L}])EUR[ \\u00A0]?" + NUMBER
          + "|(?<![\\p{L}\\p{N}])" + NUMBER + "[ \\u00A0]?euro(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The rule; fictional posts are skipped. */
  public PostStatisticSourceRule() {
    super("post.statistic-source", Severity.WARNING,
        "A block with a percentage or euro amount links its source.", new Options(true));
  }

  @Override
  void checkPost(BlogPost post, ContentSet content, Options options, List<Finding> out) {
    if (post.fictional() && options.skipFictional()) {
      return;
    }
    for (TextBlock t : post.body().textBlocks()) {
      if (!t.links().isEmpty()) {
        continue;
      }
      Set<String> found = statistics(t.text());
      if (found.isEmpty()) {
        continue;
      }
      String kind = kindName(t.kind());
      out.add(finding(t.span(),
          (found.size() == 1 ? "statistic " : "statistics ") + "'" + String.join("', '", found) + "' "
              + (found.size() == 1 ? "has" : "have") + " no source link in the same " + kind,
          "link the source in this " + kind + ", e.g. 'volgens [CBS](https://www.cbs.nl/…)'; for your own prices,"
              + " link the page with the prices"));
    }
  }

  /** The statistics in {@code text}, in order, each once. */
  static Set<String> statistics(String text) {
    Set<String> out = new LinkedHashSet<>();
    // Most blocks have no digit at all: skip the regex for them.
    boolean digit = false;
    for (int i = 0; i < text.length() && !digit; i++) {
      digit = Character.isDigit(text.charAt(i));
    }
    if (!digit) {
      return out;
    }
    Matcher m = STATISTIC.matcher(text);
    while (m.find()) {
      out.add(m.group().strip().replace('\u00A0', ' '));
    }
    return out;
  }

  private static String kindName(TextBlock.Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
