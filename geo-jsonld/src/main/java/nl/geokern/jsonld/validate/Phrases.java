package nl.geokern.jsonld.validate;

import java.util.List;
import java.util.Set;

/** Small wording helpers shared by the validator's messages. */
final class Phrases {

  private static final int MAX_VALUE_CHARS = 60;

  private Phrases() {}

  /** "a" or "an" before a word. */
  static String article(String word) {
    return !word.isEmpty() && "AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
  }

  /** A value on one line, shortened so that a long text does not flood the message. */
  static String truncate(String s) {
    String oneLine = s.replaceAll("\\s+", " ");
    return oneLine.length() <= MAX_VALUE_CHARS ? oneLine : oneLine.substring(0, MAX_VALUE_CHARS - 1) + "…";
  }

  /** "a, b or c". */
  static String joinOr(List<String> parts) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
  }

  static List<String> sorted(Set<String> s) {
    return s.stream().sorted().toList();
  }
}
