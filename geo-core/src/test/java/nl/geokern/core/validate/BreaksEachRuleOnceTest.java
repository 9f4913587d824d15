package nl.geokern.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.load.LoadOptions;
import nl.geokern.core.rules.Rule;
import nl.geokern.core.rules.RuleRegistry;
import org.junit.jupiter.api.Test;

/**
 * The requirement: "Running the rules over a content set that breaks each rule once reports
 * each break once, at the right line, and nothing else."
 *
 * <p>{@code src/test/resources/breaks/} is a copy of the example content ({@code geo-examples/src/content})
 * in which every rule of the registry is broken exactly once, each in its own place; every break is
 * marked with a {@code # breaks <rule-id>} comment in the YAML or the post's front matter. The set
 * comes with {@code geo-rules.yaml}, which keeps every default except {@code geo.evidence}: its
 * default {@code minScore} of 0 never fires, so the file sets 60, which only the fictional case post
 * (score 57) misses. Nothing in the set is a load error, so every rule runs.
 */
class BreaksEachRuleOnceTest {

  static final Path CONTENT = Path.of("src/test/resources/breaks");

  /** Every finding, as printed on the console, in report order. */
  static final List<String> EXPECTED = List.of(
        "breaks/blog/ai-amsterdam-randstad.md:19:1: warning [readability.score] Flesch–Douma score 38.1 (hard); at least 40 expected (10.2 words per sentence, 206.8 syllables per 100 words). Fix: use shorter sentences and shorter, everyday words; the scale: 0–30 very hard, 30–50 hard, 50–60 fairly hard, 60–70 normal, 70 and up easy",
        "breaks/blog/ai-amsterdam-randstad.md:121:1: error [post.faq-block] the FAQ section has 2 questions; a post needs 3–5. Fix: add 1 more related question, each an H3 followed by its answer, or reference FAQ items in 'faq'",
        "breaks/blog/ai-automatisering-vs-excel-rpa.md:58:1: warning [readability.paragraph-length] paragraph of 158 words; at most 150 keeps it easy to scan. Fix: split it where the topic turns, or turn a series of points into a list",
        "breaks/blog/ai-mkb-snelle-wins.md:123:1: error [faq.duplicate] question \"Welke taken kan AI in een klein bedrijf als eerste overnemen?\" duplicates \"Welke taken kan AI in een klein bedrijf als eerste overnemen?\" (FAQ item 'eerste-taken-voor-ai', breaks/faq.yaml:25:15). Fix: show FAQ item 'eerste-taken-voor-ai' under the post by reference (front matter faq: [eerste-taken-voor-ai]) and remove this copy, or ask a different question",
        "breaks/blog/ai-tools-mkb-per-team.md:3:1: warning [post.keywords] focus keyphrase 'beste AI tools 2025 MKB' (the first of the post's keywords) is not in the title 'De beste AI-tools voor het MKB, per team'; missing: 2025. Fix: use the keyphrase in the title; inflections and hyphenated forms count (AI-workshop, automatiseren)",
        "breaks/blog/ai-trends-mkb.md:10:1: error [post.local-place] post has intent 'local' but names no configured place in its title, intro or a subheading; places: Amsterdam, Randstad, Utrecht, Rotterdam, Den Haag, Haarlem, Almere, Nederland. Fix: name the place the post is for (e.g. 'Amsterdam') in the title or an H2, or add it to site.yaml's places",
        "breaks/blog/case-tijdwinst-ai-automatisering.md:15:1: error [post.fictional-disclaimer] post is marked 'fictional: true' but has no disclaimer before the first H2; expected a quote or paragraph containing one of: voorbeeldcase, fictief, fictieve, fictional, illustratief. Fix: add a line under the title, e.g. '> Dit is een voorbeeldcase: het bedrijf en de cijfers zijn fictief.'",
        "breaks/blog/case-tijdwinst-ai-automatisering.md:18:1: info [geo.evidence] GEO evidence score 57 of 100; at least 60 expected (sourced statistics 0, attributed quotations 1, outbound citations 2, answer-first question headings 10, place mentions 6). Fix: add statistics with their source link, a quotation with who said it, citations of real sources and question headings answered in their first sentence",
        "breaks/blog/data-privacy-ai-mkb.md:18:1: warning [post.keyword-stuffing] focus keyphrase 'AI' makes up 4.0% of the body (57 occurrences × 1 words in 1409 words); at most 3.0%. Fix: replace some occurrences with synonyms, a shorter form or 'het'/'dit'; write for the reader first",
        "breaks/blog/fouten-bij-ai-implementatie.md:34:1: error [post.headings] H4 heading 'Zo voorkom je het'; posts use H2–H3 below the title (maxLevel 3). Fix: make it an H3, or turn the subsection into a paragraph or a list",
        "breaks/blog/stappenplan-starten-met-ai.md:26:1: warning [readability.sentence-length] 27.5% of the sentences (19 of 69) have more than 20 words; at most 25% may. Fix: split long sentences, starting with the one in this block; one thought per sentence",
        "breaks/blog/team-meenemen-ai-adoptie.md:5:1: warning [post.meta-description] description has 105 characters; expected 120–160. Fix: add 15 or more characters, e.g. who the post is for or what it answers",
        "breaks/blog/team-meenemen-ai-adoptie.md:35:1: warning [post.statistic-source] statistic '€ 10.000' has no source link in the same paragraph. Fix: link the source in this paragraph, e.g. 'volgens [CBS](https://www.cbs.nl/…)'; for your own prices, link the page with the prices",
        "breaks/blog/wat-kost-een-ai-workshop.md:3:1: warning [post.title-length] title has 69 characters; at most 60 fit in search results: 'Wat kost een AI-workshop? Kosten, ROI en formats voor het MKB in 2026'. Fix: shorten the title by 9 characters, keeping the keyphrase at the start",
        "breaks/blog/wat-kost-een-ai-workshop.md:34:119: error [post.internal-links] internal link '../veelgestelde-vragen.html' in post 'wat-kost-een-ai-workshop' resolves to 'veelgestelde-vragen.html', which is not a post, the FAQ page or one of extraPages. Fix: the closest known page is 'blog/ai-trends-mkb.html': link it as 'ai-trends-mkb.html'; or add 'veelgestelde-vragen.html' to the rule's extraPages option",
        "breaks/blog/zelf-doen-of-uitbesteden.md:18:1: error [post.length] the body has 1851 words; a post needs 1000–1800. Fix: cut about 51 words, or split the post into two posts",
        "breaks/calendar.yaml:91:5: error [coverage.calendar] week 12 is missing from the calendar (between week 11 and week 13). Fix: add the missing weeks, each with a post and a FAQ update, or renumber the weeks",
        "breaks/clusters.yaml:28:5: warning [coverage.clusters] cluster 'ai-subsidies' (AI-subsidies) has no post. Fix: write a post with cluster: ai-subsidies and plan it in calendar.yaml",
        "breaks/faq.yaml:8:13: warning [faq.answer-first] the first sentence of the answer to 'Hoe snel kunnen we starten met een AI-project of workshop?' has 36 words; at most 30: 'Meestal binnen twee tot drie weken na het eerste gesprek, en een workshop kan va…'. Fix: open with a short sentence that answers the question directly (yes/no, a number, the key fact); explain after it",
        "breaks/faq.yaml:191:5: error [faq.page-count] the FAQ page has 19 items; it needs at least 20. Fix: add 1 more question to faq.yaml, planned as the calendar's weekly FAQ updates",
        "breaks/faq.yaml:194:13: warning [faq.answer-length] the answer to 'Worden onze medewerkers vervangen door AI?' has 171 words; at most 150. Fix: keep the direct answer and the key facts (cut about 21 words); move the details to a post and link it",
        "breaks/personas.yaml:25:9: error [coverage.persona-questions] persona question 'waarde-meten' of kritische-beslisser (\"Hoe meet ik of AI echt waarde toevoegt?\") is not answered by any post or FAQ item. Fix: add waarde-meten to the answers of the post or FAQ item that answers it, or write one"
  );

  private static ValidationOutcome run() {
    return ContentValidation.run(new ValidationRequest(
        LoadOptions.defaults(CONTENT).withBaseDirectory(CONTENT.getParent()),
        Optional.of(CONTENT.resolve("geo-rules.yaml")), LocalDate.of(2026, 11, 27), Severity.ERROR, "breaks",
        "0.1.0-test", Instant.parse("2026-11-27T12:00:00Z")));
  }

  @Test
  void run_contentBreakingEachRuleOnce_reportsEachBreakOnceAtItsLineAndNothingElse() {
    List<String> actual = run().findings().stream().map(Finding::toConsoleLine).toList();
    assertEquals(String.join("\n", EXPECTED), String.join("\n", actual));
  }

  @Test
  void run_contentBreakingEachRuleOnce_reportsEveryRuleOfTheRegistryExactlyOnce() {
    List<String> ids = run().findings().stream().map(Finding::ruleId).toList();
    Set<String> registry = RuleRegistry.defaults().rules().stream().map(Rule::id)
        .collect(Collectors.toCollection(TreeSet::new));
    // A new rule without a break in the content set fails here: add its break to breaks/.
    assertEquals(registry, new TreeSet<>(ids));
    assertEquals(registry.size(), ids.size(), "a rule fired more than once: " + ids);
  }
}
