package nl.geokern.examples;

import nl.geokern.jsonld.schema.FaqPage;

/**
 * The smallest use of geo from a Java application: FAQ JSON-LD for two questions, printed as a
 * ready {@code <script type="application/ld+json">} element.
 *
 * <p>Run it from the repository root with {@code mvn -q -pl geo-examples -am process-classes exec:java@faq-example}.
 */
public final class FaqJsonLdExample {

  private FaqJsonLdExample() {}

  /** The script element for the example's two questions. */
  public static String scriptTag() {
    return FaqPage.builder()
        .url("https://www.kanaalkracht.example/faq.html")
        .question("Hoe snel kunnen we starten met een AI-workshop?",
            "Meestal binnen twee weken na het intakegesprek.")
        .question("Geven jullie ook workshops in Utrecht?",
            "Ja. We geven workshops op locatie in de hele Randstad, en online in heel Nederland.")
        .build()
        .toScriptTag();
  }

  /** Prints the script element. */
  public static void main(String[] args) {
    System.out.println(scriptTag());
  }
}
