package nl.geokern.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.geokern.jsonld.json.JsonValues;
import org.junit.jupiter.api.Test;

class FaqJsonLdExampleTest {

  @Test
  void main_printsOneScriptTagWithBothQuestions() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      FaqJsonLdExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String printed = out.toString(StandardCharsets.UTF_8).strip();
    String prefix = "<script type=\"application/ld+json\">";
    assertEquals(true, printed.startsWith(prefix) && printed.endsWith("</script>"), printed);
    Object json = JsonValues.parse(printed.substring(prefix.length(), printed.length() - "</script>".length()));
    Map<?, ?> page = (Map<?, ?>) json;
    assertEquals("FAQPage", page.get("@type"));
    List<?> questions = (List<?>) page.get("mainEntity");
    assertEquals(2, questions.size());
    assertEquals("Geven jullie ook workshops in Utrecht?", ((Map<?, ?>) questions.get(1)).get("name"));
    assertEquals("Meestal binnen twee weken na het intakegesprek.",
        ((Map<?, ?>) ((Map<?, ?>) questions.get(0)).get("acceptedAnswer")).get("text"));
  }
}
