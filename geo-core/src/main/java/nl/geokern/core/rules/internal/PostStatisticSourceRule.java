package nl.geokern.core.rules.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.model.Block;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.TextBlock;
import nl.geokern.core.text.RegexCase;

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
  static final Pattern STATISTIC = Pattern.compile(
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
    // The text blocks in order, as MarkdownBody.textBlocks() lists them, without copying them into a list.
    for (Block b : post.body().blocks()) {
      if (!(b instanceof TextBlock t) || !t.links().isEmpty()) {
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
    // Most blocks have no statistic: the set is made at the first match.
    Set<String> out = null;
    // The matches of STATISTIC one after the other, as Matcher.find gives them, but the regex is asked only
    // where a match can start (it tried every position): at a euro sign, at an EUR (ignoring case as the
    // regex does), or at a digit that follows no digit (after a digit, the regex's look-behind fails).
    // Every match holds an ASCII digit at most four characters after its start ("EUR 1"): most blocks
    // have none, and no match starts more than four characters before the first one.
    int n = text.length();
    int firstDigit = 0;
    while (firstDigit < n && !isAsciiDigit(text.charAt(firstDigit))) {
      firstDigit++;
    }
    if (firstDigit == n) {
      return Set.of();
    }
    Matcher m = null;
    // where the next match may start: after the last one, as Matcher.find goes on (no match is empty)
    int resumeAt = 0;
    // No digit comes before the first one.
    boolean afterDigit = false;
    for (int i = Math.max(0, firstDigit - 4); i < n; i++) {
      char c = text.charAt(i);
      boolean digit = isAsciiDigit(c);
      if (i >= resumeAt && (digit ? !afterDigit : c == '€' || (c == 'e' || c == 'E' || c >= 128) && startsEur(text, i))) {
        if (m == null) {
          m = STATISTIC.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }
        if (m.region(i, n).lookingAt()) {
          if (out == null) {
            out = new LinkedHashSet<>();
          }
          out.add(m.group().strip().replace('\u00A0', ' '));
          resumeAt = m.end();
        }
      }
      afterDigit = digit;
    }
    return out == null ? Set.of() : out;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether {@code EUR} is written at {@code at} as the regex reads it, ignoring case. */
  private static boolean startsEur(String text, int at) {
    return at + 3 <= text.length() && RegexCase.fold(text.charAt(at)) == 'e'
        && RegexCase.fold(text.charAt(at + 1)) == 'u' && RegexCase.fold(text.charAt(at + 2)) == 'r';
  }

  private static String kindName(TextBlock.Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
