package nl.geokern.core.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.geokern.core.text.Sentences;

/**
 * The two tests answer engines reward in a quoted passage: it answers in its first sentence, and it
 * stands alone, not opening with a word that points back at text the engine did not retrieve.
 */
final class Openers {

  /** The existing answer-first test ({@code faq.answer-first}): a first sentence of at most 30 words. */
  static final int ANSWER_FIRST_WORDS = 30;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

  /** Dutch pronouns, demonstratives and pronominal adverbs that refer back. */
  private static final Set<String> DUTCH_WORDS = Set.of("dit", "dat", "deze", "die", "hij", "zij", "ze", "hem",
      "hen", "hun", "zo'n", "daarom", "daardoor", "daarmee", "daarvoor", "daarbij", "hierdoor", "hiermee",
      "hiervoor", "hierbij", "bovendien", "daarnaast");

  /**
   * Dutch two-word openers. "Het" is mostly an article ("Het bedrag …"), so it counts only before a
   * verb, as in "Het kost …".
   */
  private static final Set<String> DUTCH_PAIRS = Set.of("ook dit", "ook dat", "ook deze", "ook die", "ook hier",
      "het is", "het was", "het kan", "het kost", "het hangt", "het gaat", "het werkt", "het wordt", "het heeft",
      "het levert", "het helpt", "het loont", "het scheelt", "het duurt", "het moet", "het mag", "het zal");

  private static final List<String> DUTCH_PHRASES = List.of("zoals hierboven", "zoals eerder", "zoals gezegd",
      "zoals genoemd", "zoals besproken", "zoals beschreven", "hierboven");

  private static final Set<String> ENGLISH_WORDS = Set.of("it", "it's", "its", "this", "that", "that's", "these",
      "those", "they", "they're", "they've", "them", "their", "he", "she", "his", "her", "such", "therefore", "thus", "also");

  private static final List<String> ENGLISH_PHRASES = List.of("as mentioned", "as noted", "as discussed",
      "as described above", "as explained above", "as stated above", "as we saw", "see above", "above,");

  private Openers() {}

  /** Whether the first sentence of {@code text} has 1 to {@value #ANSWER_FIRST_WORDS} words. */
  static boolean answersFirst(String text) {
    int words = Sentences.firstSentenceWords(text);
    return words > 0 && words <= ANSWER_FIRST_WORDS;
  }

  /**
   * Whether {@code text} stands alone in {@code language}: it does not open with a pronoun or a
   * phrase such as "zoals hierboven" or "as mentioned above". Other languages always stand alone.
   */
  static boolean standsAlone(String text, IndexLanguage language) {
    String start = text.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
    List<String> words = firstWords(start, 2);
    if (words.isEmpty()) {
      return true;
    }
    String pair = words.size() == 2 ? words.get(0) + " " + words.get(1) : "";
    return switch (language) {
      case DUTCH -> !(DUTCH_WORDS.contains(words.get(0)) || DUTCH_PAIRS.contains(pair) || opens(start, DUTCH_PHRASES));
      case ENGLISH -> !(ENGLISH_WORDS.contains(words.get(0)) || opens(start, ENGLISH_PHRASES));
      case OTHER -> true;
    };
  }

  private static boolean opens(String start, List<String> phrases) {
    return phrases.stream().anyMatch(start::startsWith);
  }

  private static List<String> firstWords(String text, int count) {
    List<String> out = new ArrayList<>(count);
    Matcher m = WORD.matcher(text.length() > 80 ? text.substring(0, 80) : text);
    while (out.size() < count && m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
