package nl.geokern.core.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds FAQPage nodes and their questions in parsed JSON-LD (plain JDK values). */
final class FaqMarkup {

  /** A marked-up question and its accepted answer's text. */
  record QuestionText(String question, String answer) {}

  private FaqMarkup() {}

  @SuppressWarnings("unchecked")
  static void collectFaqPages(Object value, List<Map<String, Object>> into) {
    if (value instanceof Map<?, ?> map) {
      if (hasType(map.get("@type"), "FAQPage")) {
        into.add((Map<String, Object>) map);
      }
      for (Object v : map.values()) {
        collectFaqPages(v, into);
      }
    } else if (value instanceof List<?> list) {
      for (Object v : list) {
        collectFaqPages(v, into);
      }
    }
  }

  static List<QuestionText> questions(Map<String, Object> faqPage) {
    List<QuestionText> out = new ArrayList<>();
    for (Object q : asList(faqPage.get("mainEntity"))) {
      if (q instanceof Map<?, ?> question && hasType(question.get("@type"), "Question")) {
        String name = text(question.get("name"));
        String answer = "";
        for (Object a : asList(question.get("acceptedAnswer"))) {
          if (a instanceof Map<?, ?> am) {
            answer = text(am.get("text"));
          }
        }
        if (!name.isEmpty()) {
          out.add(new QuestionText(name, answer));
        }
      }
    }
    return out;
  }

  private static boolean hasType(Object type, String wanted) {
    if (type instanceof String s) {
      return s.equals(wanted) || s.equals("https://schema.org/" + wanted) || s.equals("http://schema.org/" + wanted)
          || s.equals("schema:" + wanted);
    }
    if (type instanceof List<?> l) {
      return l.stream().anyMatch(t -> hasType(t, wanted));
    }
    return false;
  }

  private static List<?> asList(Object value) {
    if (value == null) {
      return List.of();
    }
    return value instanceof List<?> l ? l : List.of(value);
  }

  private static String text(Object value) {
    return value instanceof String s ? s : "";
  }
}
