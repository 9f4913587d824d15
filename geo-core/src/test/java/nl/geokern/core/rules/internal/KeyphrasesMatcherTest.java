package nl.geokern.core.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.geokern.core.model.Block;
import nl.geokern.core.model.Heading;
import nl.geokern.core.model.SourceSpan;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The one-pass keyphrase matcher counts and finds what a plain reference does: fold the whole text
 * with Unicode normalisation, cut it at non-letters, drop stop words, compare word by word.
 */
class KeyphrasesMatcherTest {

  /**
   * The matcher's count over {@code texts}, each as a paragraph of a post, taken as one run of tokens:
   * what {@code post.keyword-stuffing} asks for a post's blocks.
   */
  static int occurrencesInTexts(List<String> phraseWords, List<String> texts, java.util.Set<String> stopWords) {
    List<nl.geokern.core.model.TextBlock> blocks = texts.stream().map(t -> new nl.geokern.core.model.TextBlock(
        nl.geokern.core.model.TextBlock.Kind.PARAGRAPH, t, t, List.of(), nl.geokern.core.model.SourceSpan.UNKNOWN))
        .toList();
    return Keyphrases.Matcher.of(phraseWords, Keyphrases.StopWords.ofFolded(stopWords)).occurrences(blocks);
  }

  // ---- The reference: strings all the way, nothing clever. ----

  private static String referenceFold(String text) {
    return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }

  private static List<String> referenceTokens(String text) {
    StringBuilder marked = new StringBuilder();
    for (char c : referenceFold(text).toCharArray()) {
      marked.append(Character.isLetterOrDigit(c) ? c : ' ');
    }
    return Arrays.stream(marked.toString().split(" +")).filter(t -> !t.isEmpty()).toList();
  }

  private static boolean referenceSameWord(String a, String b) {
    return a.equals(b) || a.length() >= 5 && b.length() >= 5 && a.substring(0, 5).equals(b.substring(0, 5));
  }

  /** Leftmost occurrences first, none overlapping, among the tokens that are not stop words. */
  private static int referenceOccurrences(List<String> words, List<String> texts, Set<String> stop) {
    List<String> content = new ArrayList<>();
    for (String text : texts) {
      referenceTokens(text).stream().filter(t -> !stop.contains(t)).forEach(content::add);
    }
    if (words.isEmpty()) {
      return 0;
    }
    int n = 0;
    int i = 0;
    while (i + words.size() <= content.size()) {
      boolean all = true;
      for (int j = 0; j < words.size(); j++) {
        all &= referenceSameWord(words.get(j), content.get(i + j));
      }
      if (all) {
        n++;
        i += words.size();
      } else {
        i++;
      }
    }
    return n;
  }

  private static List<String> referenceMissing(List<String> words, String text) {
    List<String> tokens = referenceTokens(text);
    return words.stream().filter(w -> tokens.stream().noneMatch(t -> referenceSameWord(w, t))).toList();
  }

  // ---- Inputs: words that fold, inflect, hyphenate and hide among stop words. ----

  private static final List<String> WORDS = List.of(
      "prijs", "Prijzen", "prijsopgave", "AI", "ai", "workshop", "Workshops", "worksh", "works", "AI-workshop",
      "automatisering", "Automatiseren", "automa", "auto", "café", "CAFÉ", "cafe", "cafés", "ideeën", "IDEEEN",
      "naïef", "straße", "STRASSE", "İstanbul", "istanbul", "ΣΟΦΙΑ", "σοφια", "Ǆemal", "džemal", "ﬁets", "Ⅸ",
      "\uD835\uDD04\uD835\uDD05", "٣", "2024", "x", "X", "versus", "versuiker", "vs", "a\u0301b", "e\u0301e\u0301n",
      "Eén", "één", "een", "de", "De", "het", "van", "en", "the", "of", "MKB'ers", "mkb", "Ωmega");

  private static final List<String> SEPARATORS = List.of(
      " ", " ", " ", "  ", ", ", "-", "'", "’", " – ", " € ", "\u0000", "\n", ". ", "\u0301", "\u00A0");

  private static final Gen<String> PIECE = arbitrary().pick(WORDS).mix(arbitrary().pick(SEPARATORS), 45)
      .mix(strings().betweenCodePoints(0, 0x24F).ofLengthBetween(0, 4), 5);

  private static final Gen<String> TEXT = lists().of(PIECE).ofSizeBetween(0, 30).map(l -> String.join("", l));

  private static final Gen<List<String>> TEXTS = lists().of(TEXT).ofSizeBetween(0, 5);

  /** Phrases as a rule gets them: the content words of 1 to 6 of the words above. */
  private static final Gen<String> PHRASE = lists().of(arbitrary().pick(WORDS)).ofSizeBetween(1, 6)
      .map(l -> String.join(" ", l));

  private static final Gen<List<String>> STOP_LISTS = arbitrary().pick(List.of(
      Keyphrases.DEFAULT_STOP_WORDS,
      List.<String>of(),
      List.of("een", "Één", "versus", "x"),
      List.of("prijs", "de", "AI", "café", "σοφια"),
      List.of("ai-workshop", "het", "van", "of", "2024")));

  @Test
  void occurrences_anyPhraseAndTexts_asTheReferenceCounts() {
    qt().withExamples(4000).forAll(PHRASE, TEXTS, STOP_LISTS).checkAssert((phrase, texts, stopList) -> {
      Set<String> stop = referenceStop(stopList);
      List<String> words = Keyphrases.contentWords(phrase, stop);
      assertEquals(referenceOccurrences(words, texts, stop), occurrencesInTexts(words, texts, stop),
          words + " in " + texts + " without " + stop);
      Keyphrases.Matcher matcher = Keyphrases.Matcher.of(words, Keyphrases.StopWords.of(stopList));
      assertEquals(referenceOccurrences(words, texts, stop), matcher.occurrences(headings(texts)),
          words + " in blocks " + texts + " without " + stop);
    });
  }

  @Test
  void occurrences_rawWordLists_asTheReferenceCounts() {
    // Phrase words as a caller may pass them: stop words and repeated words included.
    Gen<List<String>> words = lists().of(arbitrary().pick(List.of("prijs", "ai", "workshop", "een", "cafe", "x",
        "automatiseren", "ideeen", "versuiker", "σοφια"))).ofSizeBetween(0, 5);
    qt().withExamples(4000).forAll(words, TEXTS, STOP_LISTS).checkAssert((phrase, texts, stopList) -> {
      Set<String> stop = referenceStop(stopList);
      assertEquals(referenceOccurrences(phrase, texts, stop), occurrencesInTexts(phrase, texts, stop),
          phrase + " in " + texts + " without " + stop);
    });
  }

  @Test
  void missing_anyPhraseAndText_asTheReferenceFinds() {
    qt().withExamples(4000).forAll(PHRASE, TEXT, STOP_LISTS).checkAssert((phrase, text, stopList) -> {
      Keyphrases.StopWords stop = Keyphrases.StopWords.of(stopList);
      List<String> words = Keyphrases.contentWords(phrase, stop.set());
      assertEquals(referenceMissing(words, text), Keyphrases.Matcher.of(words, stop).missing(text),
          words + " in " + text);
    });
  }

  @Test
  void matcher_anyBmpText_asTheStringPath() {
    // Any character, the noncharacter U+FFFF too (which the table path drops and normalisation keeps):
    // the matcher agrees with tokens(), occurrences() and missing() on strings.
    Gen<String> text = strings().betweenCodePoints(0, 0xFFFF).ofLengthBetween(0, 12)
        .mix(lists().of(PIECE.mix(arbitrary().pick(List.of("\uFFFF", "a\uFFFFb")), 20)).ofSizeBetween(0, 20)
            .map(l -> String.join("", l)), 70);
    Set<String> stop = Keyphrases.stopWords(Keyphrases.DEFAULT_STOP_WORDS);
    qt().withExamples(4000).forAll(PHRASE, lists().of(text).ofSizeBetween(0, 3)).checkAssert((phrase, texts) -> {
      List<String> words = Keyphrases.contentWords(phrase, stop);
      List<String> tokens = new ArrayList<>();
      texts.forEach(t -> tokens.addAll(Keyphrases.tokens(t)));
      assertEquals(Keyphrases.occurrences(words, tokens, stop), occurrencesInTexts(words, texts, stop),
          words + " in " + texts);
      Keyphrases.Matcher matcher = Keyphrases.Matcher.of(words, Keyphrases.StopWords.ofFolded(stop));
      for (String t : texts) {
        assertEquals(Keyphrases.missing(words, Keyphrases.tokens(t)), matcher.missing(t), words + " in " + t);
      }
    });
  }

  @Test
  void occurrences_overlapping_countedLeftmostWithoutOverlap() {
    Set<String> none = Set.of();
    assertEquals(1, occurrencesInTexts(List.of("ai", "ai"), List.of("AI ai ai"), none));
    assertEquals(2, occurrencesInTexts(List.of("ai", "ai"), List.of("AI ai ai ai"), none));
    assertEquals(1, occurrencesInTexts(List.of("a", "b", "a"), List.of("a b a b a"), none));
    assertEquals(2, occurrencesInTexts(List.of("a", "b", "a"), List.of("a b a a b a"), none));
    // A failed start one token on: "prijs prijs ai" holds "prijs ai" once.
    assertEquals(1, occurrencesInTexts(List.of("prijs", "ai"), List.of("prijs prijs ai"), none));
  }

  @Test
  void occurrences_stopWordsBetweenAndAcrossTexts_skipped() {
    Set<String> stop = Keyphrases.stopWords(Keyphrases.DEFAULT_STOP_WORDS);
    List<String> words = List.of("prijs", "ai", "workshop");
    assertEquals(1, occurrencesInTexts(words, List.of("Prijs van de", "een, het: en", "AI-Workshops"), stop));
    assertEquals(0, occurrencesInTexts(words, List.of("Prijs van de", "goede", "AI-Workshops"), stop));
    assertEquals(0, occurrencesInTexts(words, List.of("Prijs van", "", "  ", "AI"), stop));
    // A stop word matched by a phrase word's prefix is still a stop word: "versus" skipped, not "versuiker".
    Set<String> versus = Set.of("versus");
    assertEquals(1, occurrencesInTexts(List.of("versuiker", "thee"), List.of("versuikerde versus thee"),
        versus));
    assertEquals(List.of(), Keyphrases.Matcher.of(List.of("versuiker"), Keyphrases.StopWords.ofFolded(versus))
        .missing("versus"));
  }

  @Test
  void occurrences_wordsAlikeAtBothEnds_toldApart() {
    // The look-up hashes first letter, last letter and length: these words share all three.
    Set<String> stop = Set.of("van", "");
    assertEquals(1, occurrencesInTexts(List.of("vin", "vun"), List.of("van vin van vun von"), stop));
    assertEquals(0, occurrencesInTexts(List.of("vin", "vun"), List.of("vin von vun"), stop));
    assertEquals(List.of("vun"), Keyphrases.Matcher.of(List.of("vin", "vun"), Keyphrases.StopWords.ofFolded(stop))
        .missing("van vin von"));
  }

  @Test
  void occurrences_letterOutsideTheTable_textRecountedFromTheStateBeforeIt() {
    Set<String> none = Set.of();
    // "prijs" ends the first text; the second is read on the fast path until Σ, then again folded whole.
    assertEquals(1, occurrencesInTexts(List.of("prijs", "ai"), List.of("prijs", "AI ΣΟΦΙΑ"), none));
    assertEquals(2, occurrencesInTexts(List.of("ai"), List.of("AI ΣΟΦΙΑ ai"), none));
    assertEquals(1, occurrencesInTexts(List.of("cafe"), List.of("Café \uD835\uDD04"), none));
  }

  @Test
  void occurrences_accentsMarksAndCase_folded() {
    Set<String> stop = Keyphrases.stopWords(Keyphrases.DEFAULT_STOP_WORDS);
    assertEquals(3, occurrencesInTexts(List.of("ideeen"), List.of("IDEEËN, idee\u0308en; Ideeën"), stop));
    // A combining mark joins what it stands between; U+FFFF on the table path too.
    assertEquals(1, occurrencesInTexts(List.of("ab"), List.of("a\u0301b a b"), stop));
    assertEquals(1, occurrencesInTexts(List.of("ab"), List.of("a\uFFFFb"), stop));
    assertEquals(1, occurrencesInTexts(List.of("istanbul"), List.of("Reis naar İSTANBUL"), stop));
    // Hyphens, apostrophes and dashes cut words; a no-break space too.
    assertEquals(2, occurrencesInTexts(List.of("mkb", "ers"), List.of("MKB'ers – mkb\u00A0ers"), stop));
  }

  @Test
  void occurrences_oneWordAndManyWords_counted() {
    Set<String> none = Set.of();
    assertEquals(3, occurrencesInTexts(List.of("automatiseren"), List.of("Automatisering, automatiseer",
        "automatiseren auto"), none));
    List<String> letters = List.of("a b c d e f g h i j k l m n o p q r s t u v w x y z 0 1 2 3 4".split(" "));
    assertEquals(31, letters.size());
    String once = String.join(" ", letters);
    assertEquals(2, occurrencesInTexts(letters, List.of(once + " " + once + " a b"), none));
    List<String> wide = new ArrayList<>(letters);
    wide.add("5");
    assertEquals(1, occurrencesInTexts(wide, List.of(once + " 5 " + once), none));
    List<String> forty = Collections.nCopies(40, "x");
    assertEquals(1, Keyphrases.Matcher.of(forty, Keyphrases.StopWords.ofFolded(none))
        .occurrences(headings(List.of(String.join(" ", Collections.nCopies(79, "x"))))));
    assertEquals(List.of("y"), Keyphrases.Matcher.of(List.of("x", "y"), Keyphrases.StopWords.ofFolded(none))
        .missing("X x"));
  }

  @Test
  void occurrences_tokensThatStartNoPhraseWord_passedButStillBreakAPartialMatch() {
    Set<String> stop = Keyphrases.stopWords(Keyphrases.DEFAULT_STOP_WORDS);
    // "zonder" starts no phrase word, yet after "prijs" it must end the partial match.
    assertEquals(0, occurrencesInTexts(List.of("prijs", "ai"), List.of("prijs zonder ai"), stop));
    assertEquals(0, occurrencesInTexts(List.of("prijs", "ai"), List.of("prijs", "zonder", "ai"), stop));
    // A stop word that starts no phrase word is still skipped between them.
    assertEquals(1, occurrencesInTexts(List.of("prijs", "ai"), List.of("prijs van een AI"), stop));
    // Passed at its first character, upper case or accented: the whole word goes, not only that letter.
    assertEquals(1, occurrencesInTexts(List.of("ai"), List.of("Zai ÉAI ai"), stop));
    assertEquals(0, occurrencesInTexts(List.of("ai"), List.of("z\u0301ai xai\uFFFFai"), stop));
    // A mark or U+FFFF before a word's first letter does not make that letter a word start.
    assertEquals(2, occurrencesInTexts(List.of("ai"), List.of("\u0301ai \uFFFFAI"), stop));
    // Digits start words too.
    assertEquals(2, occurrencesInTexts(List.of("2024", "ai"), List.of("2024 AI 12024 ai 2024-ai"), stop));
    // A letter outside the table in a passed word still sends the text through normalisation.
    assertEquals(1, occurrencesInTexts(List.of("prijs", "ai"), List.of("zΣ prijs AI"), stop));
    assertEquals(1, occurrencesInTexts(List.of("σοφια"), List.of("Zeg ΣΟΦΙΑ"), stop));
    // A phrase word that starts outside ASCII is never passed.
    assertEquals(2, occurrencesInTexts(List.of("ßa"), List.of("ßa xßa ßA"), Set.of()));
    // Text at both ends: a word cut off at the end of one text, a match that starts the next.
    assertEquals(1, occurrencesInTexts(List.of("workshop"), List.of("zworkshop", "workshops"), stop));
  }

  @Test
  void missing_sameMatcherAskedAgain_answersEachTextOnItsOwn() {
    Keyphrases.Matcher matcher = Keyphrases.Matcher.of(List.of("prijs", "workshop"),
        Keyphrases.StopWords.of(Keyphrases.DEFAULT_STOP_WORDS));
    assertEquals(List.of("workshop"), matcher.missing("De prijsopgave"));
    assertEquals(List.of("prijs"), matcher.missing("Workshops"));
    assertEquals(List.of(), matcher.missing("Prijs van een workshop, langer dan de vorige tekst"));
    assertEquals(List.of("prijs", "workshop"), matcher.missing(""));
    assertEquals(List.of("prijs", "workshop"), matcher.missing("kort"));
  }

  @Test
  void foundAll_anyPhraseAndText_whenNothingIsMissing() {
    qt().withExamples(2000).forAll(PHRASE, lists().of(TEXT).ofSizeBetween(1, 4), STOP_LISTS)
        .checkAssert((phrase, texts, stopList) -> {
          Keyphrases.StopWords stop = Keyphrases.StopWords.of(stopList);
          List<String> words = Keyphrases.contentWords(phrase, stop.set());
          Keyphrases.Matcher matcher = Keyphrases.Matcher.of(words, stop);
          for (String text : texts) {
            assertEquals(referenceMissing(words, text).isEmpty(), matcher.foundAll(text), words + " in " + text);
          }
        });
    Set<String> none = Set.of();
    assertEquals(true, Keyphrases.Matcher.of(List.of(), Keyphrases.StopWords.ofFolded(none)).foundAll("x"));
    List<String> forty = new ArrayList<>(Collections.nCopies(39, "x"));
    forty.add("y");
    assertEquals(false, Keyphrases.Matcher.of(forty, Keyphrases.StopWords.ofFolded(none)).foundAll("x x"));
    assertEquals(true, Keyphrases.Matcher.of(forty, Keyphrases.StopWords.ofFolded(none)).foundAll("x Y"));
  }

  @Test
  void stopWords_sameList_builtOnceAndFolded() {
    List<String> list = List.of("Één", "AI-workshop");
    Keyphrases.StopWords stop = Keyphrases.StopWords.of(list);
    assertEquals(Set.of("een", "ai", "workshop"), stop.set());
    assertSame(stop, Keyphrases.StopWords.of(list));
    assertEquals(Keyphrases.stopWords(Keyphrases.DEFAULT_STOP_WORDS),
        Keyphrases.StopWords.of(Keyphrases.DEFAULT_STOP_WORDS).set());
    // Another list in between: the first is built again, the same.
    assertEquals(Set.of("een", "ai", "workshop"), Keyphrases.StopWords.of(list).set());
  }

  private static Set<String> referenceStop(List<String> words) {
    Set<String> out = new HashSet<>();
    words.forEach(w -> out.addAll(referenceTokens(w)));
    return out;
  }

  private static List<Block> headings(List<String> texts) {
    return texts.stream().<Block>map(t -> new Heading(2, t, SourceSpan.UNKNOWN)).toList();
  }
}
