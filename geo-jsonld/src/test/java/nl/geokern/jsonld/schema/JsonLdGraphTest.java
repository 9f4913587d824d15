package nl.geokern.jsonld.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import nl.geokern.jsonld.json.JsonLdWriter;
import org.junit.jupiter.api.Test;

class JsonLdGraphTest {

  private static final String HOME = "https://example.nl/";
  private static final Organization ORG = Organization.builder("Geokern")
      .id(HOME + "#organization")
      .url(HOME)
      .logo(ImageObject.of(HOME + "logo.png").withId(HOME + "#logo"))
      .build();
  private static final Place UTRECHT = Place.of("City", "Utrecht").withId(HOME + "#place-utrecht");

  @Test
  void toJson_membersReferToEachOtherById_nodesOutsideTheGraphInFull() {
    WebSite site = WebSite.of(HOME, "Geokern").withInLanguage("nl-NL").withPublisher(ORG);
    assertEquals("{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@id\":\"https://example.nl/#organization\",\"@type\":\"Organization\","
        + "\"logo\":{\"@id\":\"https://example.nl/#logo\",\"@type\":\"ImageObject\",\"url\":\"https://example.nl/logo.png\"},"
        + "\"name\":\"Geokern\",\"url\":\"https://example.nl/\"},"
        + "{\"@id\":\"https://example.nl/#website\",\"@type\":\"WebSite\",\"inLanguage\":\"nl-NL\",\"name\":\"Geokern\","
        + "\"publisher\":{\"@id\":\"https://example.nl/#organization\"},\"url\":\"https://example.nl/\"}]}",
        JsonLdGraph.of(List.of(ORG, site)).toJson());
  }

  @Test
  void toJsonLd_repeatedPropertyWithOneValue_isOneValueInAGraphAndAnArrayOnItsOwn() {
    Person author = Person.of("Sanne de Vries").withId(HOME + "#author-sanne").withWorksFor(ORG);
    BlogPosting post = BlogPosting.builder()
        .url(HOME + "blog/a.html")
        .headline("A")
        .author(author)
        .keywords("AI, MKB")
        .about(List.of(UTRECHT))
        .build();
    Map<String, Object> inGraph = graphNode(JsonLdGraph.of(List.of(ORG, UTRECHT, author, post)), 3);
    assertEquals(Map.of("@id", HOME + "#author-sanne"), inGraph.get("author"));
    assertEquals("AI, MKB", inGraph.get("keywords"));
    assertEquals(List.of(Map.of("@id", HOME + "#place-utrecht")), inGraph.get("about"));

    Map<String, Object> alone = post.toJsonLd();
    assertEquals("[{\"@id\":\"https://example.nl/#author-sanne\",\"@type\":\"Person\",\"name\":\"Sanne de Vries\","
        + "\"worksFor\":{\"@id\":\"https://example.nl/#organization\",\"@type\":\"Organization\",\"logo\":"
        + "{\"@id\":\"https://example.nl/#logo\",\"@type\":\"ImageObject\",\"url\":\"https://example.nl/logo.png\"},"
        + "\"name\":\"Geokern\",\"url\":\"https://example.nl/\"}}]", JsonLdWriter.write(alone.get("author")));
    assertEquals(List.of("AI, MKB"), alone.get("keywords"));
  }

  @Test
  void new_memberWithoutId_isRejected() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> JsonLdGraph.of(List.of(ORG, Organization.of("Zonder id"))));
    assertEquals("the graph member Organization has no @id; give it one so that other nodes can refer to it",
        e.getMessage());
  }

  @Test
  void new_twoMembersWithOneId_isRejected() {
    Place other = Place.of("City", "Utrecht (stad)").withId(HOME + "#place-utrecht");
    var e = assertThrows(IllegalArgumentException.class, () -> JsonLdGraph.of(List.of(UTRECHT, other)));
    assertEquals("two graph members have the @id https://example.nl/#place-utrecht; each node needs an id of its own",
        e.getMessage());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> graphNode(JsonLdGraph graph, int index) {
    return (Map<String, Object>) ((List<?>) graph.toJsonLd().get("@graph")).get(index);
  }
}
