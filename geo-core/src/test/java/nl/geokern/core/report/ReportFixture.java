package nl.geokern.core.report;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.model.SourceSpan;

/** A small hand-built report: two files, two personas, four weeks, two clusters, two posts. */
final class ReportFixture {

  static final Path BASE = Path.of("/projects/site").toAbsolutePath();

  private ReportFixture() {}

  static ValidationReport report() {
    Path post = BASE.resolve("content/blog/ai-mkb-snelle-wins.md");
    Path faq = BASE.resolve("content/faq.yaml");
    List<Finding> findings = List.of(
        // Given out of order on purpose: the report sorts them.
        Finding.warning("post.length", SourceSpan.of(post, 1, 1),
            "The body has 812 words; a post needs 1000–1800",
            "Add a section that answers one of the persona questions."),
        Finding.error("faq.count", SourceSpan.of(post, 142, 1),
            "The FAQ block has 2 questions; a post needs 3–5",
            "Add a question under '## Veelgestelde vragen'."),
        Finding.error("faq.direct-answer", SourceSpan.of(faq, 17, 13),
            "Answer of 'prijs-workshop' starts with <script>alert(1)</script> instead of an answer",
            "Begin with the price: \"Een workshop kost…\"."),
        Finding.info("faq.local-terms", SourceSpan.of(faq, 40, 0),
            "Question 'in-company' could name a place (Café-terrasvergaderingen in Den Haag?)",
            "Mention Amsterdam or the Randstad where it fits."),
        Finding.warning("sources.statistic", SourceSpan.of(post, 37, 22),
            "'20% tijdwinst' has no source link within 2 sentences",
            "Link the study right after the number."));
    List<PersonaCoverage> personas = List.of(
        new PersonaCoverage("drukke-ondernemer", "De drukbezette MKB-ondernemer", List.of(
            new QuestionCoverage("tijd-besparen", "Hoe kan AI mij direct tijd besparen?",
                List.of("post: ai-mkb-snelle-wins", "faq: snel-starten")),
            new QuestionCoverage("snelle-wins", "Wat zijn snelle wins zonder grote investeringen?",
                List.of("post: ai-mkb-snelle-wins")))),
        new PersonaCoverage("kritische-beslisser", "De kritische beslisser", List.of(
            new QuestionCoverage("kosten", "Wat kost een AI-traject of workshop ongeveer?",
                List.of("post: wat-kost-een-ai-workshop", "faq: prijs-workshop")),
            new QuestionCoverage("roi", "Welke ROI mag ik verwachten? <b>écht</b>", List.of()))));
    List<WeekState> weeks = List.of(
        new WeekState(1, LocalDate.of(2026, 1, 5), "ai-mkb-snelle-wins",
            "AI voor het MKB: 5 snelle wins die direct tijd besparen", true, true, true, false, 3),
        new WeekState(2, LocalDate.of(2026, 1, 12), "wat-kost-een-ai-workshop",
            "Wat kost een AI-workshop? Kosten, ROI en formats (½ dag, in-company)", true, false,
            false, false, 0),
        new WeekState(3, LocalDate.of(2026, 1, 19), "stappenplan-starten-met-ai", "", false, true,
            false, false, 0),
        new WeekState(4, LocalDate.of(2026, 1, 26), "fouten-bij-ai-implementatie", "", false,
            false, false, true, 0));
    List<ClusterCoverage> clusters = List.of(
        new ClusterCoverage("automatisering-mkb", "Automatisering MKB", "informational",
            List.of("ai-mkb-snelle-wins", "wat-kost-een-ai-workshop"), List.of("snel-starten")),
        new ClusterCoverage("cases", "Cases", "transactional", List.of(), List.of()));
    List<PostScore> posts = List.of(
        new PostScore("ai-mkb-snelle-wins", "AI voor het MKB: 5 snelle wins die direct tijd besparen",
            post, 812, 63.25, "Flesch–Douma: makkelijk", 8.3, 72,
            new EvidenceCounts(3, 1, 4, 2, 1)),
        new PostScore("wat-kost-een-ai-workshop",
            "Wat kost een AI-workshop? Kosten, ROI en formats (½ dag, in-company)",
            BASE.resolve("content/blog/wat-kost-een-ai-workshop.md"), 1404, 38.0,
            "Flesch–Douma: moeilijk", 21.75, 24, new EvidenceCounts(0, 0, 1, 1, 0)));
    return ValidationReport.builder()
        .toolVersion("0.1.0")
        .toolInformationUri("https://example.org/geo")
        .projectName("Geokern voorbeeldsite")
        .language("nl-NL")
        .generatedAt(Instant.parse("2026-01-27T09:30:00Z"))
        .basePath(BASE)
        .findings(findings)
        .faqItems(23)
        .personas(personas)
        .calendar(weeks)
        .clusters(clusters)
        .posts(posts)
        .geoEvidenceBasis("Points for sourced statistics, quotations, citations, question headings"
            + " answered in their first paragraph and place mentions, capped at 100. Based on"
            + " Aggarwal et al., \"GEO: Generative Engine Optimization\" (2024) & <our> reading.")
        .ruleDescriptions(Map.of(
            "faq.count", "A post ends with 3–5 FAQ pairs.",
            "faq.direct-answer", "A FAQ answer's first sentence answers the question.",
            "post.length", "A post body has 1000–1800 words."))
        .build();
  }
}
