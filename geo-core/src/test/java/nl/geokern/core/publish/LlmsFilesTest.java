package nl.geokern.core.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.geokern.core.load.ContentLoader;
import nl.geokern.core.load.LoadResult;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.FaqItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LlmsFilesTest {

  private static final Parser MARKDOWN = Parser.builder(new MutableDataSet()).build();

  @TempDir Path dir;

  private ContentSet load(String postUrl) throws IOException {
    Path c = dir.resolve("content");
    Files.createDirectories(c.resolve("blog"));
    Files.writeString(c.resolve("site.yaml"), """
        name: Test
        url: https://www.test.example/
        language: nl-NL
        description: Advies over AI.
        faqPage:
          url: faq.html
          title: Vragen
        """);
    Files.writeString(c.resolve("personas.yaml"), "personas: []\n");
    Files.writeString(c.resolve("clusters.yaml"), "clusters: []\n");
    Files.writeString(c.resolve("calendar.yaml"), "weeks: []\n");
    Files.writeString(c.resolve("faq.yaml"), """
        items:
          - id: snel
            question: Hoe snel?
            answer: |
              Binnen **twee** weken, zie [de aanpak](blog/oud.html#stappen).
          - id: prijs
            question: Wat kost het?
            answer: Vanaf € 500.
        """);
    Files.writeString(c.resolve("blog/oud.md"), """
        ---
        title: Oud
        datePublished: 2026-01-05
        faq: [snel]
        url: %s
        ---

        # Oude post

        Lees de [vragen](../faq.html), [het begin](#begin) of [elders](https://elders.example/x).

        ![Logo](img/logo.png)

        ## Veelgestelde vragen

        ### Werkt het?

        Ja.
        """.formatted(postUrl));
    Files.writeString(c.resolve("blog/nieuw.md"), "---\ntitle: Nieuw\ndatePublished: 2026-02-02\n---\r\nTekst.\r\n");
    LoadResult r = ContentLoader.load(c);
    assertEquals(List.of(), r.findings());
    return r.content().orElseThrow();
  }

  @Test
  void path_appendsMdToThePageUrlAsTheLlmsTxtProposalSays() throws IOException {
    var site = load("blog/oud.html").site();
    assertEquals("blog/x.html.md", MarkdownTwins.path(site, "blog/x.html"));
    assertEquals("blog/x.html.md", MarkdownTwins.path(site, "/blog/x.html#kop"));
    assertEquals("blog/x/index.html.md", MarkdownTwins.path(site, "blog/x/"));
    assertEquals("index.html.md", MarkdownTwins.path(site, "https://www.test.example/"));
    assertEquals("blog/x.md", MarkdownTwins.path(site, "blog/x"));
    assertEquals("https://www.test.example/faq.html.md", MarkdownTwins.url(site, "faq.html"));
  }

  @Test
  void render_twinsArePageContentWithoutFrontMatter() throws IOException {
    ContentSet content = load("blog/oud.html");
    Map<String, String> files = LlmsFiles.render(content, SiteMarkdown.readSources(content, dir));
    assertEquals(List.of("llms.txt", "llms-full.txt", "faq.html.md", "blog/nieuw.html.md", "blog/oud.html.md"),
        List.copyOf(files.keySet()));
    assertEquals("Tekst.\n", files.get("blog/nieuw.html.md"), "front matter gone, line ends \\n");
    String oud = files.get("blog/oud.html.md");
    assertTrue(oud.startsWith("# Oude post\n\nLees de [vragen](../faq.html)"), oud);
    assertTrue(oud.endsWith("## Gerelateerde vragen\n\n- [Hoe snel?](../faq.html#snel)\n"), oud);
    assertEquals("""
        # Vragen

        ## Hoe snel?

        Binnen **twee** weken, zie [de aanpak](blog/oud.html#stappen).

        ## Wat kost het?

        Vanaf € 500.
        """, files.get("faq.html.md"));
    assertTrue(files.get("llms.txt").contains("[Oud](https://www.test.example/blog/oud.html.md)"));
  }

  @Test
  void llmsFull_holdsEveryPostAndFaqItemOnceWithAbsoluteLinks() throws IOException {
    ContentSet content = load("blog/oud.html");
    String full = LlmsFullTxt.render(content, SiteMarkdown.readSources(content, dir));
    Node doc = MARKDOWN.parse(full);
    assertEquals(List.of("1 Test", "1 Nieuw", "1 Oude post", "2 Veelgestelde vragen", "3 Werkt het?", "1 Vragen",
        "2 Hoe snel?", "2 Wat kost het?"), headings(doc));
    assertEquals(List.of("https://www.test.example/faq.html", "https://www.test.example/blog/oud.html#begin",
        "https://elders.example/x", "https://www.test.example/blog/oud.html#stappen"), links(doc));
    assertTrue(full.contains("![Logo](https://www.test.example/blog/img/logo.png)"), full);
    assertTrue(full.contains("# Oude post\n\nSource: https://www.test.example/blog/oud.html\n\nLees de"), full);
    assertFalse(full.contains("Gerelateerde vragen"), "FAQ items appear once, in the FAQ section");
  }

  @Test
  void render_exampleSiteHasEveryPostAndFaqItemOnce() throws IOException {
    Path example = Path.of("../geo-examples/src/content");
    assumeTrue(Files.isDirectory(example), "no example content");
    ContentSet content = ContentLoader.load(example).content().orElseThrow();
    Map<String, String> files = LlmsFiles.render(content, SiteMarkdown.readSources(content, example.getParent()));
    List<String> full = headings(MARKDOWN.parse(files.get("llms-full.txt")));
    List<String> faqTwin = headings(MARKDOWN.parse(files.get("faq.html.md")));
    for (FaqItem item : content.faqItems()) {
      String h = "2 " + item.question().strip();
      assertEquals(1, Collections.frequency(full, h), h);
      assertEquals(1, Collections.frequency(faqTwin, h), h);
    }
    for (BlogPost post : content.posts()) {
      String twin = files.get(MarkdownTwins.path(content.site(), post.url()));
      String h1 = headings(MARKDOWN.parse(twin)).get(0);
      assertTrue(h1.startsWith("1 "), h1);
      assertEquals(1, Collections.frequency(full, h1), h1);
      assertEquals(1, count(files.get("llms-full.txt"), "Source: " + content.site().absoluteUrl(post.url()) + "\n"));
    }
    assertEquals(content.posts().size() + 2, full.stream().filter(h -> h.startsWith("1 ")).count(), "site, posts, FAQ");
  }

  @Test
  void write_isAtomicIncrementalAndByteIdenticalOnARerun() throws IOException {
    ContentSet content = load("blog/oud.html");
    Path site = dir.resolve("site");
    assertEquals(new SiteMarkdown.Written(5, 5), LlmsFiles.write(content, dir, site));
    Map<Path, byte[]> bytes = new java.util.HashMap<>();
    Map<Path, FileTime> times = new java.util.HashMap<>();
    List<Path> files = files(site);
    for (Path f : files) {
      bytes.put(f, Files.readAllBytes(f));
      Files.setLastModifiedTime(f, FileTime.fromMillis(1_000_000_000_000L));
      times.put(f, Files.getLastModifiedTime(f));
    }
    assertEquals(new SiteMarkdown.Written(5, 0), LlmsFiles.write(content, dir, site));
    for (Path f : files) {
      assertTrue(java.util.Arrays.equals(bytes.get(f), Files.readAllBytes(f)), f.toString());
      assertEquals(times.get(f), Files.getLastModifiedTime(f), f.toString());
    }
    assertEquals(files, files(site), "no temporary files left");

    Files.writeString(dir.resolve("content/blog/nieuw.md"), "---\ntitle: Nieuw\ndatePublished: 2026-02-02\n---\nAnders.\n");
    assertEquals(new SiteMarkdown.Written(5, 2), LlmsFiles.write(content, dir, site), "the twin and llms-full.txt");
    assertEquals("Anders.\n", Files.readString(site.resolve("blog/nieuw.html.md")));
  }

  @Test
  void write_refusesAPageUrlOutsideTheSiteAndWritesNothing() throws IOException {
    ContentSet content = load("../../buiten.html");
    Path site = dir.resolve("site");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LlmsFiles.write(content, dir, site));
    assertTrue(e.getMessage().contains("../../buiten.html.md"), e.getMessage());
    assertFalse(Files.exists(site));
  }

  private static List<String> headings(Node doc) {
    List<String> out = new ArrayList<>();
    visit(doc, n -> {
      if (n instanceof Heading h) {
        out.add(h.getLevel() + " " + h.getText());
      }
    });
    return out;
  }

  private static List<String> links(Node doc) {
    List<String> out = new ArrayList<>();
    visit(doc, n -> {
      if (n instanceof Link l) {
        out.add(l.getUrl().toString());
      }
    });
    return out;
  }

  private static void visit(Node node, java.util.function.Consumer<Node> action) {
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      action.accept(c);
      visit(c, action);
    }
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
