package nl.geokern.core.rules;

import nl.geokern.core.TestContent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import nl.geokern.core.model.ContentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadabilityParagraphLengthRuleTest {

  @TempDir Path project;
  final ReadabilityParagraphLengthRule rule = new ReadabilityParagraphLengthRule();

  static String words(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "Woord" : " woord").append(i % 10 == 9 ? "." : "");
    }
    return sb.toString();
  }

  static String post(String body) {
    return "---\ntitle: Post een\ndatePublished: 2026-01-05\ncluster: c1\n---\n\n# Post een\n\n" + body;
  }

  @Test
  void check_paragraphOf150Words_noFinding() {
    ContentSet content = TestContent.in(project).with("blog/post-een.md", post(words(150) + "\n")).load();

    assertEquals("", String.join("\n", TestContent.check(rule, content)));
  }

  @Test
  void check_paragraphOf151Words_reportedAtTheParagraph() {
    ContentSet content = TestContent.in(project)
        .with("blog/post-een.md", post("Kort.\n\n" + words(151) + "\n\n- " + words(160) + "\n"))
        .load();

    assertEquals("content/blog/post-een.md:11:1: warning [readability.paragraph-length] paragraph of 151 words; at"
        + " most 150 keeps it easy to scan. Fix: split it where the topic turns, or turn a series of points into a list",
        String.join("\n", TestContent.check(rule, content)));
  }

  @Test
  void check_maxWordsOption_isUsed() {
    ContentSet content = TestContent.in(project).with("blog/post-een.md", post(words(40) + "\n")).load();

    assertEquals("content/blog/post-een.md:9:1: warning [readability.paragraph-length] paragraph of 40 words; at"
        + " most 30 keeps it easy to scan. Fix: split it where the topic turns, or turn a series of points into a list",
        String.join("\n", TestContent.check(rule, new ReadabilityParagraphLengthRule.Options(30), content)));
  }

  @Test
  void check_longParagraphsAmongQuotesTablesAndLists_eachReportedAtItsParagraph() {
    // The word counts come from the readability measurement, which also walks quotes and list items:
    // each count must still land on its own paragraph.
    ContentSet content = TestContent.in(project)
        .with("blog/post-een.md", post("> " + words(200) + "\n\n" + words(151) + "\n\n| a | b |\n|---|---|\n| "
            + words(170) + " | x |\n\n- " + words(160) + "\n\nKort.\n\n" + words(152) + "\n"))
        .load();

    assertEquals("content/blog/post-een.md:11:1: warning [readability.paragraph-length] paragraph of 151 words; at"
        + " most 150 keeps it easy to scan. Fix: split it where the topic turns, or turn a series of points into a list\n"
        + "content/blog/post-een.md:21:1: warning [readability.paragraph-length] paragraph of 152 words; at"
        + " most 150 keeps it easy to scan. Fix: split it where the topic turns, or turn a series of points into a list",
        String.join("\n", TestContent.check(rule, content)));
  }

  @Test
  void check_languageWithoutFormula_countsWordsAllTheSame() {
    ContentSet content = TestContent.in(project)
        .with("site.yaml", TestContent.SITE.replace("language: nl-NL", "language: de-DE"))
        .with("blog/post-een.md", post(words(151) + "\n"))
        .load();

    assertEquals("content/blog/post-een.md:9:1: warning [readability.paragraph-length] paragraph of 151 words; at"
        + " most 150 keeps it easy to scan. Fix: split it where the topic turns, or turn a series of points into a list",
        String.join("\n", TestContent.check(rule, content)));
  }
}
