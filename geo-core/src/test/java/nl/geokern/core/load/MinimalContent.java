package nl.geokern.core.load;

/**
 * The smallest valid content directory, file by file, for tests that break one thing at a time:
 * one persona with one question, one cluster, one calendar week, one FAQ item and one post.
 */
public final class MinimalContent {

  public static final String SITE = """
      name: Test BV
      url: https://www.test.example/
      language: nl-NL
      places:
        - name: Amsterdam
          type: City
      areaServed: [Amsterdam]
      authors:
        - id: anna
          name: Anna de Boer
      defaultAuthor: anna
      """;
  /** {@link #SITE} with a second place, Den Haag, also written 's-Gravenhage. */
  public static final String SITE_TWO_PLACES = SITE.replace("    type: City\n",
      "    type: City\n  - name: Den Haag\n    type: City\n    aliases: [\"'s-Gravenhage\"]\n");
  public static final String PERSONAS = """
      personas:
        - id: p1
          name: Persona een
          questions:
            - id: q1
              text: Hoe begin ik?
      """;
  public static final String CLUSTERS = """
      clusters:
        - id: c1
          name: Cluster een
          intent: informational
          keywords: [ai voor mkb]
      """;
  public static final String CALENDAR = """
      weeks:
        - week: 1
          date: 2026-01-05
          post: post-een
          faqUpdate:
            questions: [f1]
      """;
  public static final String FAQ = """
      items:
        - id: f1
          question: Hoe begin ik met AI?
          answer: Met een kleine proef.
          answers: [q1]
      """;
  public static final String POST = """
      ---
      title: Post een
      datePublished: 2026-01-05
      cluster: c1
      ---

      # Post een

      Inleiding.
      """;

  private MinimalContent() {}
}
