package nl.geokern.core.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The headings above the current point of a page, by level: an H3 replaces the previous H3 and clears deeper ones. */
final class HeadingPath {

  private final String[] byLevel = new String[7];

  /** A path whose level 1 is {@code title} until the page's own H1 replaces it (blank: no title). */
  HeadingPath(String title) {
    if (!title.isBlank()) {
      byLevel[1] = title.strip();
    }
  }

  /** Enters a heading of {@code level} (1–6) and returns the path down to it. */
  List<String> enter(int level, String text) {
    byLevel[level] = text.strip();
    Arrays.fill(byLevel, level + 1, byLevel.length, null);
    return current();
  }

  /** The headings down to the current point, outermost first. */
  List<String> current() {
    List<String> out = new ArrayList<>();
    for (String h : byLevel) {
      if (h != null && !h.isEmpty()) {
        out.add(h);
      }
    }
    return out;
  }
}
