package nl.geokern.core.rules;

import nl.geokern.core.TestContent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.Link;
import nl.geokern.core.model.SourceSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostInternalLinksRuleTest {

  @TempDir Path tmp;

  static final String EEN = """
      ---
      title: Een
      datePublished: 2026-01-05
      cluster: c1
      ---
      # Een

      Lees [twee](twee.html), de [FAQ](../faq.html?x=1), [twee absoluut](https://www.test.example/blog/twee.html#deel) en [extern](https://example.org/).

      - [Twee](tweee.html)
      - [Home](/index.html)
      - [Boven](#een) en [mail](mailto:a@b.nl)
      """;
  static final String TWEE = """
      ---
      title: Twee
      datePublished: 2026-01-05
      cluster: c1
      ---
      # Twee

      Geen links.
      """;

  final PostInternalLinksRule rule = new PostInternalLinksRule();

  @Test
  void check_brokenLinksAndPostWithoutLinks_findings() {
    ContentSet content = TestContent.forPosts(tmp).post("een.md", EEN).post("twee.md", TWEE).load();
    assertEquals(List.of(
        "content/blog/een.md:10:3: error [post.internal-links] internal link 'tweee.html' in post 'een' resolves to"
            + " 'blog/tweee.html', which is not a post, the FAQ page or one of extraPages. Fix: the closest known page is"
            + " 'blog/twee.html': link it as 'twee.html'; or add 'blog/tweee.html' to the rule's extraPages option",
        "content/blog/een.md:11:3: error [post.internal-links] internal link '/index.html' in post 'een' resolves to"
            + " 'index.html', which is not a post, the FAQ page or one of extraPages. Fix: the closest known page is"
            + " 'faq.html': link it as '../faq.html'; or add 'index.html' to the rule's extraPages option",
        "content/blog/twee.md:6:1: warning [post.internal-links] post 'twee' links to 0 other posts; expected at least 1."
            + " Fix: add a '## Verder lezen' list with links to related posts, e.g. to posts of the same cluster: een.html"),
        TestContent.check(rule, content));
  }

  @Test
  void check_sameDestinationFromAnotherDirectory_resolvedFromThatDirectory() {
    // "twee.html" is a post from blog/ and a missing page from blog/oud/; the later post asks again.
    String drie = """
        ---
        title: Drie
        datePublished: 2026-01-05
        url: blog/oud/drie.html
        ---
        # Drie

        Lees [twee](twee.html) en [een](../een.html).
        """;
    ContentSet content = TestContent.forPosts(tmp).post("een.md", EEN.replace("tweee.html", "twee.html"))
        .post("twee.md", TWEE.replace("Geen links.", "Zie [twee](twee.html) en [een](een.html).")).post("drie.md", drie)
        .load();
    List<String> findings = TestContent.check(rule, new PostInternalLinksRule.Options(1, List.of("index.html")), content);
    assertEquals(1, findings.size(), findings.toString());
    assertTrue(findings.get(0).startsWith("content/blog/drie.md:8:6: error [post.internal-links] internal link"
        + " 'twee.html' in post 'drie' resolves to 'blog/oud/twee.html', which is not a post"), findings.get(0));
  }

  @Test
  void check_extraPagesAndFixedLink_noFinding() {
    ContentSet content = TestContent.forPosts(tmp).post("een.md", EEN.replace("tweee.html", "twee.html"))
        .post("twee.md", TWEE.replace("Geen links.", "Zie [een](https://www.test.example/blog/een.html).")).load();
    assertEquals(List.of(), TestContent.check(rule, new PostInternalLinksRule.Options(1, List.of("index.html")), content));
  }

  @Test
  void resolve_relativeAbsoluteAndSiteUrls_siteRelativePaths() {
    List<String> site = PostInternalLinksRule.sitePrefixes("https://www.test.example/");
    assertEquals(Optional.of("faq.html"), PostInternalLinksRule.resolve(link("../faq.html#a"), "blog/", site));
    assertEquals(Optional.of("blog/x.html"), PostInternalLinksRule.resolve(link("./x.html?q=1"), "blog/", site));
    assertEquals(Optional.of("blog/x.html"), PostInternalLinksRule.resolve(link("http://www.test.example/blog/x.html"), "", site));
    assertEquals(Optional.of("../x.html"), PostInternalLinksRule.resolve(link("../../x.html"), "blog/", site));
    assertEquals(Optional.empty(), PostInternalLinksRule.resolve(link("https://example.org/x.html"), "blog/", site));
    assertEquals(Optional.empty(), PostInternalLinksRule.resolve(link("tel:+3120"), "blog/", site));
  }

  @Test
  void resolve_urlsUnderTheSite_anySchemeAndCase_theSiteItselfIsTheRoot() {
    // A site url without a trailing slash, in mixed case: the prefixes are made once, from it.
    List<String> site = PostInternalLinksRule.sitePrefixes("HTTPS://www.Test.example");
    assertEquals(List.of("https://www.test.example/", "http://www.test.example/", "https://www.test.example/",
        "//www.test.example/"), site);
    assertEquals(Optional.of("Blog/X.html"), PostInternalLinksRule.resolve(link("https://WWW.test.example/Blog/X.html"), "", site));
    assertEquals(Optional.of("blog/x.html"), PostInternalLinksRule.resolve(link("//www.test.example/blog/x.html"), "", site));
    assertEquals(Optional.of(""), PostInternalLinksRule.resolve(link("http://www.test.example"), "blog/", site));
    assertEquals(Optional.of(""), PostInternalLinksRule.resolve(link("https://www.test.example/#top"), "blog/", site));
    assertEquals(Optional.empty(), PostInternalLinksRule.resolve(link("https://www.test.exampl"), "blog/", site));
    assertEquals(Optional.empty(), PostInternalLinksRule.resolve(link("https://www.test.examplex"), "blog/", site));
    assertEquals(Optional.empty(), PostInternalLinksRule.resolve(link("https://www.test.examplf"), "blog/", site));
    assertEquals(Optional.empty(), PostInternalLinksRule.resolve(link("https://www.test.example.org/x.html"), "blog/", site));
  }

  @Test
  void relativize_siblingAndParent_relativeLinks() {
    assertEquals("x.html", PostInternalLinksRule.relativize("blog/", "blog/x.html"));
    assertEquals("../faq.html", PostInternalLinksRule.relativize("blog/", "faq.html"));
    assertEquals("blog/x.html", PostInternalLinksRule.relativize("", "blog/x.html"));
  }

  private static Link link(String destination) {
    return new Link("t", destination, SourceSpan.UNKNOWN);
  }
}
