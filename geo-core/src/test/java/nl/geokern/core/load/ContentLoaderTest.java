package nl.geokern.core.load;

import nl.geokern.core.TestContent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.FaqPair;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of content error, each asserting the exact finding line. */
class ContentLoaderTest {

  @TempDir Path project;
  Path content;

  static final String SITE = TestContent.SITE;
  static final String PERSONAS = TestContent.PERSONAS;
  static final String CLUSTERS = TestContent.CLUSTERS;
  static final String CALENDAR = TestContent.CALENDAR;
  static final String FAQ = TestContent.FAQ;
  static final String POST = TestContent.POST;

  @BeforeEach
  void writeValidContent() throws IOException {
    content = project.resolve("content");
    Files.createDirectories(content.resolve("blog"));
    write("site.yaml", SITE);
    write("personas.yaml", PERSONAS);
    write("clusters.yaml", CLUSTERS);
    write("calendar.yaml", CALENDAR);
    write("faq.yaml", FAQ);
    write("blog/post-een.md", POST);
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(content.resolve(name), text, StandardCharsets.UTF_8);
  }

  private List<String> lines() {
    LoadResult result = ContentLoader.load(content);
    return result.findings().stream().map(Finding::toConsoleLine).toList();
  }

  @Test
  void load_validContent_hasNoFindings() {
    LoadResult result = ContentLoader.load(content);
    assertEquals(List.of(), result.findings());
    assertTrue(result.content().isPresent());
  }

  @Test
  void load_malformedYaml_reportsLineAndColumn() throws IOException {
    write("clusters.yaml", """
        clusters:
          - id: c1
            name: Cluster een
           intent: informational
        """);
    List<String> lines = lines();
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith("content/clusters.yaml:4:"), lines.get(0));
    assertTrue(lines.get(0).contains("error [load.yaml] malformed YAML: "), lines.get(0));
  }

  @Test
  void load_duplicateYamlKey_isMalformedYaml() throws IOException {
    write("faq.yaml", """
        items:
          - id: f1
            question: Hoe begin ik met AI?
            question: Nog een keer?
            answer: Met een kleine proef.
        """);
    List<String> lines = lines();
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith("content/faq.yaml:4:"), lines.get(0));
    assertTrue(lines.get(0).contains("[load.yaml] malformed YAML: Duplicate field 'question'"), lines.get(0));
  }

  @Test
  void load_unknownKey_namesKeyAndSuggestion() throws IOException {
    write("site.yaml", SITE + "langauge: nl\n");
    assertEquals(List.of(
        "content/site.yaml:12:1: error [load.unknown-key] unknown key 'langauge' in site.yaml. Fix: did you mean"
            + " 'language'? Known keys: name, url, language, description, type, logo, image, telephone, email,"
            + " address, places, areaServed, sameAs, authors, defaultAuthor, faqPage, blogPath"),
        lines());
  }

  @Test
  void load_unknownFrontMatterKey_isReportedAtItsLineInThePost() throws IOException {
    write("blog/post-een.md", POST.replace("cluster: c1\n", "cluster: c1\ntitel: Dubbel\n"));
    List<String> lines = lines();
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith(
        "content/blog/post-een.md:5:1: error [load.unknown-key] unknown key 'titel' in the front matter of"
            + " content/blog/post-een.md. Fix: did you mean 'title'?"), lines.get(0));
  }

  @Test
  void load_wrongType_isReportedAtTheValue() throws IOException {
    write("clusters.yaml", CLUSTERS.replace("keywords: [ai voor mkb]", "keywords: ai voor mkb"));
    assertEquals(List.of(
        "content/clusters.yaml:5:15: error [load.type] 'keywords' of a cluster in clusters.yaml must be a list"
            + " of texts, found a text. Fix: write keywords: [first, second]"),
        lines());
  }

  @Test
  void load_badDate_isReportedAtTheValue() throws IOException {
    write("calendar.yaml", CALENDAR.replace("2026-01-05", "2026-02-30"));
    assertEquals(List.of(
        "content/calendar.yaml:3:11: error [load.date] 'date' of a week in calendar.yaml is not a valid date:"
            + " '2026-02-30' (not an ISO 8601 date). Fix: write a date such as 2026-01-05 or a date-time with"
            + " offset such as 2026-01-05T09:00:00+01:00"),
        lines());
  }

  @Test
  void load_dateTimeWithoutOffset_inFrontMatter_isReportedAtTheFileLine() throws IOException {
    write("blog/post-een.md", POST.replace("datePublished: 2026-01-05", "datePublished: 2026-01-05T09:00:00"));
    assertEquals(List.of(
        "content/blog/post-een.md:3:16: error [load.date] 'datePublished' of the front matter of"
            + " content/blog/post-een.md is not a valid date: '2026-01-05T09:00:00' (a date-time needs a time zone"
            + " offset). Fix: write a date such as 2026-01-05 or a date-time with offset such as"
            + " 2026-01-05T09:00:00+01:00"),
        lines());
  }

  @Test
  void load_missingRequiredField_isReportedAtTheItem() throws IOException {
    write("faq.yaml", FAQ.replace("    question: Hoe begin ik met AI?\n", ""));
    List<String> lines = lines();
    assertTrue(lines.contains(
        "content/faq.yaml:2:5: error [load.required] missing required key 'question' in a FAQ item in faq.yaml."
            + " Fix: add 'question: …'"), lines.toString());
  }

  @Test
  void load_duplicateId_pointsAtTheFirstDefinition() throws IOException {
    write("personas.yaml", PERSONAS + """
          - id: p1
            name: Persona twee
        """);
    assertEquals(List.of(
        "content/personas.yaml:7:5: error [load.duplicate] duplicate persona 'p1': already defined at"
            + " content/personas.yaml:2:5. Fix: give each persona a unique value"),
        lines());
  }

  @Test
  void load_duplicateSlug_isReported() throws IOException {
    write("blog/post-twee.md", POST.replace("title: Post een", "title: Post twee\nslug: post-een"));
    List<String> lines = lines();
    assertTrue(lines.contains(
        "content/blog/post-twee.md:3:1: error [load.duplicate] duplicate post slug 'post-een': already defined at"
            + " content/blog/post-een.md:1:1. Fix: give each post slug a unique value"), lines.toString());
  }

  @Test
  void load_unknownPersonaReference_suggestsTheClosestId() throws IOException {
    write("faq.yaml", FAQ + "    personas: [p2]\n");
    assertEquals(List.of(
        "content/faq.yaml:2:5: error [load.reference] FAQ item 'f1' refers to unknown persona 'p2'. Fix: did you"
            + " mean 'p1'?"),
        lines());
  }

  @Test
  void load_unknownClusterAndFaqItem_areReportedButAPlannedPostIsNot() throws IOException {
    write("calendar.yaml", CALENDAR.replace("post: post-een", "post: post-drie").replace("[f1]", "[f9]"));
    write("blog/post-een.md", POST.replace("cluster: c1", "cluster: kosten"));
    assertEquals(List.of(
        "content/blog/post-een.md:4:1: error [load.reference] post 'post-een' refers to unknown cluster 'kosten'."
            + " Fix: use one of: c1",
        "content/calendar.yaml:2:5: error [load.reference] week 1 of the calendar refers to unknown FAQ item"
            + " 'f9'. Fix: did you mean 'f1'?"),
        lines());
  }

  @Test
  void load_nonUtf8Bytes_reportLineAndColumn() throws IOException {
    byte[] bytes = FAQ.replace("Met een kleine proef.", "Met een kleine proef, caf\u00e9.")
        .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(content.resolve("faq.yaml"), bytes);
    assertEquals(List.of(
        "content/faq.yaml:4:38: error [load.encoding] the file is not valid UTF-8: byte 0xE9 at offset 90. Fix:"
            + " save the file as UTF-8 (most editors: 'Save with encoding' → UTF-8)"),
        lines());
  }

  @Test
  void load_missingFile_isReported() throws IOException {
    Files.delete(content.resolve("clusters.yaml"));
    List<String> lines = lines();
    assertEquals("content/clusters.yaml: error [load.missing-file] the file does not exist: content/clusters.yaml."
        + " Fix: create it, or point geo at it (see the content directory layout in the README)", lines.get(0));
  }

  @Test
  void load_postWithoutFrontMatter_isReported() throws IOException {
    write("blog/post-een.md", "# Post een\n\nTekst.\n");
    List<String> lines = lines();
    assertTrue(lines.contains("content/blog/post-een.md:1:1: error [load.front-matter] the post has no YAML front"
        + " matter. Fix: start the file with a '---' line, the front matter (title, datePublished, …) and a closing"
        + " '---' line"), lines.toString());
  }

  @Test
  void load_unclosedFrontMatter_saysSo() throws IOException {
    write("blog/post-een.md", "---\ntitle: Post een\ndatePublished: 2026-01-05\n\n# Post een\n");
    List<String> lines = lines();
    assertTrue(lines.contains("content/blog/post-een.md:1:1: error [load.front-matter] the post's YAML front matter"
        + " is not closed. Fix: end the front matter with a line of three dashes ('---') before the Markdown"),
        lines.toString());
  }

  @Test
  void load_invalidContent_returnsNoContent() throws IOException {
    write("clusters.yaml", CLUSTERS.replace("informational", "navigational"));
    LoadResult result = ContentLoader.load(content);
    assertTrue(result.hasErrors());
    assertFalse(result.content().isPresent());
    assertEquals("content/clusters.yaml:4:13: error [load.value] 'intent' of a cluster in clusters.yaml has an"
        + " invalid value 'navigational': expected informational, transactional or local. Fix: write intent:"
        + " informational", result.findings().get(0).toConsoleLine());
  }

  @Test
  void load_faqSectionWithHeadings_yieldsPairsWithSpans() throws IOException {
    write("blog/post-een.md", POST + """

        ## Veelgestelde vragen

        ### Hoe lang duurt het?

        Twee weken.

        ### Wat kost het?

        Weinig. Zie [prijzen](prijzen.html).
        """);
    BlogPost post = ContentLoader.load(content).content().orElseThrow().posts().get(0);
    List<FaqPair> pairs = post.body().faq().orElseThrow().pairs();
    assertEquals(2, pairs.size());
    assertEquals("Hoe lang duurt het?", pairs.get(0).question());
    assertEquals("Twee weken.", pairs.get(0).answerText());
    assertEquals("content/blog/post-een.md:13:1", pairs.get(0).questionSpan().toString());
    assertEquals("content/blog/post-een.md:15:1", pairs.get(0).answerSpan().toString());
    assertEquals("Weinig. Zie [prijzen](prijzen.html).", pairs.get(1).answer());
    assertTrue(post.body().faq().orElseThrow().lastInBody());
  }

  @Test
  void load_faqSectionWithQuestionAndAnswerParagraphs_yieldsPairs() throws IOException {
    write("blog/post-een.md", POST + """

        ## FAQ

        V: Hoe lang duurt het?
        A: Twee weken.

        Q: Wat kost het?

        A: Weinig.

        ## Daarna
        """);
    BlogPost post = ContentLoader.load(content).content().orElseThrow().posts().get(0);
    var faq = post.body().faq().orElseThrow();
    assertEquals(List.of("Hoe lang duurt het?", "Wat kost het?"), faq.pairs().stream().map(FaqPair::question).toList());
    assertEquals(List.of("Twee weken.", "Weinig."), faq.pairs().stream().map(FaqPair::answerText).toList());
    assertFalse(faq.lastInBody());
  }

  @Test
  void load_body_countsWordsHeadingsAndLinks() throws IOException {
    write("blog/post-een.md", POST + """

        ## Een AI-traject in 's-Gravenhage

        - Eerste punt met [een link](https://example.org/a).
        - Tweede punt

        > Een citaat.
        """);
    BlogPost post = ContentLoader.load(content).content().orElseThrow().posts().get(0);
    // "Post een" 2 + "Inleiding" 1 + heading 4 ('s-Gravenhage is one word) + items 5 + 2 + quote 2
    assertEquals(16, post.body().wordCount());
    assertEquals(List.of(1, 2), post.body().headings().stream().map(h -> h.level()).toList());
    assertEquals("content/blog/post-een.md:11:1", post.body().headings().get(1).span().toString());
    assertEquals("https://example.org/a", post.body().links().get(0).destination());
    assertEquals("content/blog/post-een.md:13:19", post.body().links().get(0).span().toString());
    assertEquals(1, post.body().lists().size());
  }
}
