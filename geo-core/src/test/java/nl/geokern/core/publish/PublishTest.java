package nl.geokern.core.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.geokern.core.load.ContentLoader;
import nl.geokern.core.load.LoadResult;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishTest {

  @TempDir Path dir;

  private ContentSet load() throws IOException {
    Path c = dir.resolve("content");
    Files.createDirectories(c.resolve("blog"));
    Files.writeString(c.resolve("site.yaml"), """
        name: Test [BV]
        url: https://www.test.example/
        language: nl-NL
        description: Advies over
          AI.
        faqPage:
          url: faq.html
          title: Vragen
        """);
    Files.writeString(c.resolve("personas.yaml"), "personas: []\n");
    Files.writeString(c.resolve("clusters.yaml"), "clusters: []\n");
    Files.writeString(c.resolve("calendar.yaml"), "weeks: []\n");
    Files.writeString(c.resolve("faq.yaml"), """
        items:
          - id: een
            question: Hoe "snel"?
            answer: |
              Binnen **twee** weken.
        """);
    Files.writeString(c.resolve("blog/oud.md"), """
        ---
        title: Oud
        description: De oude post.
        datePublished: 2026-01-05
        faq: [een]
        ---

        # Oud

        Tekst.
        """);
    Files.writeString(c.resolve("blog/nieuw.md"), "---\ntitle: Nieuw\ndatePublished: 2026-02-02\n---\n# Nieuw\n");
    LoadResult r = ContentLoader.load(c);
    assertEquals(List.of(), r.findings());
    return r.content().orElseThrow();
  }

  @Test
  void llmsTxt_listsPostsNewestFirstAndFaqAsOptional() throws IOException {
    assertEquals("""
        # Test [BV]

        > Advies over AI.

        ## Blog

        - [Nieuw](https://www.test.example/blog/nieuw.html)
        - [Oud](https://www.test.example/blog/oud.html): De oude post.

        ## FAQ

        - [Vragen](https://www.test.example/faq.html): 1 questions and answers

        ## Optional

        - [Hoe "snel"?](https://www.test.example/faq.html#een)
        """, LlmsTxt.render(load()));
  }

  @Test
  void llmsTxt_linkingTwinsPointsPostsAndFaqPageAtTheirMarkdown() throws IOException {
    String text = LlmsTxt.renderLinkingTwins(load());
    assertTrue(text.contains("""
        - [Nieuw](https://www.test.example/blog/nieuw.html.md)
        - [Oud](https://www.test.example/blog/oud.html.md): De oude post.
        """), text);
    assertTrue(text.contains("- [Vragen](https://www.test.example/faq.html.md): 1 questions and answers\n"), text);
    assertTrue(text.endsWith("- [Hoe \"snel\"?](https://www.test.example/faq.html#een)\n"), text);
  }

  @Test
  void faqPage_rendersEveryItemFromItsOneSource() throws IOException {
    assertEquals("""
        ---
        title: Vragen
        ---

        # Vragen

        <a id="een"></a>

        ## Hoe "snel"?

        Binnen **twee** weken.
        """, SiteMarkdown.faqPage(load()));
  }

  @Test
  void write_writesEveryPageAndRewritesOnlyWhatChanged() throws IOException {
    ContentSet content = load();
    Path out = dir.resolve("markdown");
    Path base = dir.resolve("content").getParent();
    assertEquals(new SiteMarkdown.Written(3, 3), SiteMarkdown.write(content, base, out));
    BlogPost oud = content.post("oud").orElseThrow();
    String source = Files.readString(dir.resolve("content/blog/oud.md"));
    assertEquals(SiteMarkdown.render(content, Map.of(oud, source)).get("blog/oud.md"),
        Files.readString(out.resolve("blog/oud.md")));
    assertTrue(Files.exists(out.resolve("faq.md")) && Files.exists(out.resolve("blog/nieuw.md")));

    assertEquals(new SiteMarkdown.Written(3, 0), SiteMarkdown.write(content, base, out));
    Files.writeString(out.resolve("faq.md"), "edited by hand");
    assertEquals(new SiteMarkdown.Written(3, 1), SiteMarkdown.write(content, base, out));
    assertEquals(SiteMarkdown.faqPage(content), Files.readString(out.resolve("faq.md")));
  }

  @Test
  void post_replacesFrontMatterAndAppendsReferencedItems() throws IOException {
    ContentSet content = load();
    BlogPost oud = content.post("oud").orElseThrow();
    String source = Files.readString(dir.resolve("content/blog/oud.md"));
    Map<String, String> files = SiteMarkdown.render(content, Map.of(oud, source));
    assertEquals(List.of("faq.md", "blog/oud.md"), List.copyOf(files.keySet()));
    assertEquals("""
        ---
        title: Oud
        description: De oude post.
        ---

        # Oud

        Tekst.

        ## Gerelateerde vragen

        - [Hoe "snel"?](../faq.html#een)
        """, files.get("blog/oud.md"));
  }

  @Test
  void stripFrontMatter_leavesTextWithoutFrontMatterAlone() {
    assertEquals("# Titel\n", SiteMarkdown.stripFrontMatter("# Titel\n"));
    assertEquals("Tekst\n", SiteMarkdown.stripFrontMatter("---\na: b\n---\n\nTekst\n"));
    assertTrue(SiteMarkdown.stripFrontMatter("---\nnooit gesloten\n").startsWith("---"));
  }
}
