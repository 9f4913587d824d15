package nl.geokern.jsonld.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HeadScannerMentionsTest {

  /** The byte-at-a-time definition the word-at-a-time search must agree with. */
  private static boolean reference(byte[] b, int from) {
    for (int q = from + 2; q + 4 < b.length; q++) {
      if (b[q] == '+' && (b[q - 1] | 0x20) == 'd' && (b[q - 2] | 0x20) == 'l'
          && (b[q + 1] | 0x20) == 'j' && (b[q + 2] | 0x20) == 's' && (b[q + 3] | 0x20) == 'o'
          && (b[q + 4] | 0x20) == 'n') {
        return true;
      }
    }
    return false;
  }

  @Test
  void mentionsJsonLd_agreesWithByteByByteSearch_atEveryOffsetAndLength() {
    String[] pieces = {"ld+json", "LD+JSON", "ld+jso", "d+json", "+", "++", "x", "ld", "json", "\n", "é"};
    Random random = new Random(42);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      int parts = random.nextInt(8);
      for (int i = 0; i < parts; i++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
      for (int from = 0; from <= b.length; from++) {
        assertEquals(reference(b, from), HeadScanner.mentionsJsonLd(b, from), sb + " from " + from);
      }
    }
  }
}
