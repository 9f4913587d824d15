package it.geo;

import nl.geokern.jsonld.schema.FaqPage;

/** Prints a FAQ page's JSON-LD as a script element, with geo-jsonld alone on the class path. */
public class FaqExample {
  public static void main(String[] args) {
    System.out.println(FaqPage.builder()
        .url("https://example.nl/faq.html")
        .question("Wat kost een workshop?", "Een halve dag kost 450 euro.")
        .question("Komen jullie ook naar Utrecht?", "Ja, we werken in de hele <b>Randstad</b>.")
        .build()
        .toScriptTag());
  }
}
