package nl.geokern.core.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class MessagesTest {

  private static final String BUNDLE = "nl.geokern.core.finding.test-messages";

  @Test
  void text_dutchSite_usesTheTranslationAndFallsBackToEnglish() {
    Messages nl = Messages.of(BUNDLE, "nl-NL");
    assertEquals("Hallo Anna, je hebt 3 posts", nl.text("greeting", "Anna", 3));
    assertEquals("only in English", nl.text("only.english"));
    assertEquals("de macro's van Excel", nl.text("apostrophe", "Excel"));
  }

  @Test
  void text_englishOrUnknownLanguage_usesTheBaseFile() {
    assertEquals("Hello Anna, you have 3 posts", Messages.of(BUNDLE, "en-GB").text("greeting", "Anna", 3));
    assertEquals("Hello Anna, you have 3 posts", Messages.of(BUNDLE, "fr").text("greeting", "Anna", 3));
    assertEquals("Hello Anna, you have 3 posts", Messages.of(BUNDLE, "").text("greeting", "Anna", 3));
  }

  @Test
  void text_missingArgumentOrBraceText_keptAsWritten() {
    assertEquals("the macro's {0}", Messages.of(BUNDLE, "en").text("apostrophe"));
  }

  @Test
  void text_unknownKey_throws() {
    assertThrows(MissingResourceException.class, () -> Messages.of(BUNDLE, "nl").text("nope"));
  }

  @Test
  void locale_reducesTagsToTheirLanguage() {
    assertEquals(Locale.forLanguageTag("nl"), Messages.locale("nl-NL"));
    assertEquals(Locale.ENGLISH, Messages.locale("  "));
    assertEquals(Locale.ENGLISH, Messages.locale(null));
  }
}
