package nl.geokern.core.rules;

import nl.geokern.core.TestContent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import nl.geokern.core.model.ContentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadabilityScoreRuleTest {

  @TempDir Path project;
  final ReadabilityScoreRule rule = new ReadabilityScoreRule();

  // 46 words, 84 syllables, 6 sentences: Flesch–Douma 59.10 (see ReadabilityTest).
  static final String EASY = "De kat zit op de mat. Wij helpen kleine bedrijven graag op weg. "
      + "Een nieuwe medewerker leert de taken binnen twee weken. "
      + "Mooie ideeën groeien vanzelf als je collega's de ruimte krijgen. "
      + "Geïnteresseerde ondernemers uit Utrecht vragen vaak naar de kosten. "
      + "Trouwe klanten blijven eeuwig terugkomen.";

  // One sentence of 19 words and 82 syllables, counted by hand: Ge-au-to-ma-ti-seer-de(7)
  // ad-mi-ni-stra-tie-ve(6) ver-wer-kings-pro-ces-sen(6) ver-ei-sen(3) door-gaans(2) uit-ge-brei-de(4)
  // or-ga-ni-sa-to-ri-sche(7) voor-be-rei-ding(4) ge-de-tail-leer-de(5) pro-ces-be-schrij-vin-gen(6) en(1)
  // zorg-vul-di-ge(4) im-ple-men-ta-tie(5) door(1) ge-kwa-li-fi-ceer-de(6) me-de-wer-kers(4) bin-nen(2)
  // mid-del-gro-te(4) on-der-ne-min-gen(5).
  // 206.84 − 0.77 × 431.58 − 0.93 × 19 = 206.84 − 332.32 − 17.67 = −143.15 (shown as −143.1)
  static final String HARD = "Geautomatiseerde administratieve verwerkingsprocessen vereisen doorgaans uitgebreide"
      + " organisatorische voorbereiding, gedetailleerde procesbeschrijvingen en zorgvuldige implementatie door"
      + " gekwalificeerde medewerkers binnen middelgrote ondernemingen.";

  static String post(String body) {
    return "---\ntitle: Post een\ndatePublished: 2026-01-05\ncluster: c1\n---\n\n# Post een\n\n" + body + "\n";
  }

  @Test
  void check_plainDutch_noFinding() {
    ContentSet content = TestContent.in(project).with("blog/post-een.md", post(EASY)).load();

    assertEquals("", String.join("\n", TestContent.check(rule, content)));
  }

  @Test
  void check_denseDutch_reportsFleschDouma() {
    ContentSet content = TestContent.in(project).with("blog/post-een.md", post(HARD)).load();

    assertEquals("content/blog/post-een.md:7:1: warning [readability.score] Flesch–Douma score -143.1 (very hard);"
        + " at least 40 expected (19.0 words per sentence, 431.6 syllables per 100 words). Fix: use shorter sentences"
        + " and shorter, everyday words; the scale: 0–30 very hard, 30–50 hard, 50–60 fairly hard, 60–70 normal,"
        + " 70 and up easy",
        String.join("\n", TestContent.check(rule, content)));
  }

  @Test
  void check_minScoreOption_isUsed() {
    ContentSet content = TestContent.in(project).with("blog/post-een.md", post(EASY)).load();

    assertEquals("content/blog/post-een.md:7:1: warning [readability.score] Flesch–Douma score 59.1 (fairly hard);"
        + " at least 60 expected (7.7 words per sentence, 182.6 syllables per 100 words). Fix: use shorter sentences"
        + " and shorter, everyday words; the scale: 0–30 very hard, 30–50 hard, 50–60 fairly hard, 60–70 normal,"
        + " 70 and up easy",
        String.join("\n", TestContent.check(rule, new ReadabilityScoreRule.Options(60), content)));
  }

  @Test
  void check_englishSite_usesFleschReadingEase() {
    ContentSet content = TestContent.in(project)
        .with("site.yaml", TestContent.SITE.replace("language: nl-NL", "language: en-GB"))
        .with("blog/post-een.md", post("Simple words help a reader. The old house needed paint."))
        .load();

    assertEquals("content/blog/post-een.md:7:1: warning [readability.score] Flesch reading ease score 91.8 (easy);"
        + " at least 95 expected (5.0 words per sentence, 130.0 syllables per 100 words). Fix: use shorter sentences"
        + " and shorter, everyday words; the scale: 0–30 very hard, 30–50 hard, 50–60 fairly hard, 60–70 normal,"
        + " 70 and up easy",
        String.join("\n", TestContent.check(rule, new ReadabilityScoreRule.Options(95), content)));
  }

  @Test
  void check_languageWithoutFormula_notScored() {
    ContentSet content = TestContent.in(project)
        .with("site.yaml", TestContent.SITE.replace("language: nl-NL", "language: de-DE"))
        .with("blog/post-een.md", post(HARD))
        .load();

    assertEquals("", String.join("\n", TestContent.check(rule, content)));
  }
}
