package nl.geokern.core.analysis;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.geokern.core.model.TextBlock;
import nl.geokern.core.text.Words;

/** The evidence a block of text offers: statistics, attributed quotations, and the hosts of links. */
final class Evidence {

  /** An amount: digits with thousands separators and decimals ({@code 1.500}, {@code 12,50}, {@code 300,-}). */
  private static final String AMOUNT = "\\d+(?:[.\\u00A0 ]\\d{3})*(?:,(?:\\d+|-{1,2}))?";

  /**
   * A statistic: a percentage, or an amount with a currency sign, code or name before or after it
   * (units in any case). The look-ahead rules out at one look the places where none can start.
   */
  static final Pattern STATISTIC = Pattern.compile("(?=[\\d€$£Ee])(?:"
      + "(?<![\\p{L}\\p{N}])\\d+(?:[.,]\\d+)?[ \\u00A0]?(?:%|(?iu:procent|per ?cent)(?!\\p{L}))"
      + "|[€$£][ \\u00A0]?" + AMOUNT
      + "|(?<!\\p{L})(?iu:eur)[ \\u00A0]?" + AMOUNT
      + "|(?<![\\p{L}\\p{N}])" + AMOUNT + "[ \\u00A0]?(?iu:euro|eur|dollars?)(?!\\p{L}))");

  /** Who said it: a verb of saying, or a dash line ({@code — Name}). */
  static final Pattern ATTRIBUTION = Pattern.compile(
      "\\b(?:zegt|zei|zeggen|schrijft|schreef|schrijven|stelt|stelde|vertelt|vertelde|aldus|volgens|legt\\s+\\S+\\s+uit"
          + "|says|said|writes|wrote|according\\s+to|explains|explained)\\b"
          + "|(?:^|\\n|[\"”»]\\s*)[—–]\\s*\\p{Lu}",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Words between quotation marks. */
  static final Pattern QUOTED = Pattern.compile("[\"“„«]([^\"“”„«»]+)[\"”»]");

  private Evidence() {}

  /** The statistics in {@code text}, in order, each once. */
  static List<String> statistics(String text) {
    // Every statistic has a digit; most blocks have none, and the regex need not scan them.
    if (!hasDigit(text)) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    Matcher m = STATISTIC.matcher(text);
    while (m.find()) {
      out.add(m.group().strip().replace('\u00A0', ' '));
    }
    return List.copyOf(out);
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  /** Whether a block quotes someone (a block quote, or three or more words in quotation marks) and says who. */
  static boolean isAttributedQuotation(TextBlock block) {
    boolean quoted = block.kind() == TextBlock.Kind.QUOTE || hasQuotation(block.text());
    return quoted && ATTRIBUTION.matcher(block.text()).find();
  }

  private static boolean hasQuotation(String text) {
    // Most blocks have no quotation mark at all: looking for one is cheaper than the regex.
    if (text.indexOf('"') < 0 && text.indexOf('“') < 0 && text.indexOf('„') < 0 && text.indexOf('«') < 0) {
      return false;
    }
    Matcher m = QUOTED.matcher(text);
    while (m.find()) {
      if (Words.count(m.group(1)) >= 3) {
        return true;
      }
    }
    return false;
  }

  /** The lower-case host of a url without {@code www.}; empty when it has none or is no valid URI. */
  static String host(String url) {
    try {
      String h = URI.create(url.strip()).getHost();
      if (h == null) {
        return "";
      }
      h = h.toLowerCase(Locale.ROOT);
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      // Not a valid URI: it names no host, so it is not the site's own.
      return "";
    }
  }
}
