package nl.geokern.core.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.text.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelPassagesTest {

  @TempDir Path dir;

  private ContentSet content() throws IOException {
    return new AnswerFixture(dir, "nl-NL")
        .faq("""
            items:
              - id: prijs
                question: Wat kost een workshop?
                answer: |
                  Een workshop kost **€ 1.500**.

                  Zie [prijzen](blog/prijzen.html).
              - id: duur
                question: Hoe lang duurt het?
                answer: Een dag.
            """)
        .post("prijzen", "Prijzen en formats", "", """
            # Wat kost AI?

            Een korte inleiding over kosten.

            ## Formats

            ### Online

            Twee uur online.

            - Maximaal twintig mensen.

            ## Veelgestelde vragen

            ### Kan ik annuleren?

            Ja, tot een week vooraf.

            ### Is er lunch?

            Ja.
            """)
        .load();
  }

  @Test
  void post_cutsBySectionWithHeadingPathAndOnePassagePerFaqQuestion() throws IOException {
    List<Passage> passages = ModelPassages.post(content().post("prijzen").orElseThrow(), 300);
    assertEquals(List.of(
        "Wat kost AI? | Een korte inleiding over kosten.",
        "Wat kost AI? > Formats > Online | Twee uur online. Maximaal twintig mensen.",
        "Wat kost AI? > Veelgestelde vragen > Kan ik annuleren? | Ja, tot een week vooraf.",
        "Wat kost AI? > Veelgestelde vragen > Is er lunch? | Ja."),
        passages.stream().map(p -> p.headingPath() + " | " + p.text()).toList());
    assertTrue(passages.stream().allMatch(p -> p.link().equals("blog/prijzen.html")), "no fragment for a post");
    assertEquals("content/blog/prijzen.md:21:1", passages.get(2).span().toString().replace(dir + "/", ""));
  }

  @Test
  void faqPage_givesEachItemOnePassageUnderItsQuestionAtItsAnchor() throws IOException {
    List<Passage> passages = ModelPassages.faqPage(content(), 300);
    assertEquals(List.of(
        "faq.html#prijs | FAQ > Wat kost een workshop? | Een workshop kost € 1.500. Zie prijzen.",
        "faq.html#duur | FAQ > Hoe lang duurt het? | Een dag."),
        passages.stream().map(p -> p.link() + " | " + p.headingPath() + " | " + p.text()).toList());
    assertTrue(passages.get(0).span().toString().endsWith("faq.yaml:3:15"), passages.get(0).span().toString());
  }

  @Test
  void of_cutsPostsThenTheFaqPageAndSplitsLongAnswers() throws IOException {
    ContentSet content = content();
    assertEquals(List.of("blog/prijzen.html", "faq.html"),
        ModelPassages.of(content).stream().map(Passage::page).distinct().toList());
    List<Passage> small = ModelPassages.of(content, 3);
    assertTrue(small.stream().allMatch(p -> Words.count(p.text()) <= 3 || !p.text().contains(". ")),
        "split at sentences down to the size, a longer sentence stays whole");
    assertEquals(List.of("Een workshop kost € 1.500.", "Zie prijzen."),
        small.stream().filter(p -> p.fragment().equals("prijs")).map(Passage::text).toList());
  }
}
