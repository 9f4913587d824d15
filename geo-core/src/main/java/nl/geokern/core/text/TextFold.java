package nl.geokern.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds text for comparing words: lower case without accents ({@code Één} → {@code een}). */
public final class TextFold {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private TextFold() {}

  /** The text in lower case ({@link Locale#ROOT}), decomposed, with its combining marks removed. */
  public static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    // Only text beyond ASCII has accents to remove.
    for (int i = 0; i < lower.length(); i++) {
      if (lower.charAt(i) >= 128) {
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
      }
    }
    return lower;
  }
}
