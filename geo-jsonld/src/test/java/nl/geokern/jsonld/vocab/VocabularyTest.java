package nl.geokern.jsonld.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  private final Vocabulary vocab = Vocabulary.schemaOrg();

  @Test
  void schemaOrg_loadsOnceAndKnowsItsRelease() {
    assertSame(vocab, Vocabulary.schemaOrg());
    assertEquals("30.0", vocab.release());
  }

  @Test
  void localName_acceptsAllSpellingsOfSchemaOrgTerms() {
    assertEquals(Optional.of("Person"), Vocabulary.localName("Person"));
    assertEquals(Optional.of("Person"), Vocabulary.localName("schema:Person"));
    assertEquals(Optional.of("Person"), Vocabulary.localName("https://schema.org/Person"));
    assertEquals(Optional.of("Person"), Vocabulary.localName("http://schema.org/Person"));
    assertEquals(Optional.empty(), Vocabulary.localName("http://xmlns.com/foaf/0.1/Person"));
    assertEquals(Optional.empty(), Vocabulary.localName("foaf:Person"));
  }

  @Test
  void isType_knowsTypesButNotEnumerationMembers() {
    assertTrue(vocab.isType("BlogPosting"));
    assertTrue(vocab.isType("https://schema.org/FAQPage"));
    assertFalse(vocab.isType("InStock"));
    assertFalse(vocab.isType("BlogPostingg"));
    assertFalse(vocab.isType("name"));
  }

  @Test
  void isProperty_knowsProperties() {
    assertTrue(vocab.isProperty("datePublished"));
    assertTrue(vocab.isProperty("schema:acceptedAnswer"));
    assertFalse(vocab.isProperty("datePublishd"));
    assertFalse(vocab.isProperty("Person"));
  }

  @Test
  void isSubtypeOf_followsTheHierarchyTransitively() {
    assertTrue(vocab.isSubtypeOf("BlogPosting", "CreativeWork"));
    assertTrue(vocab.isSubtypeOf("BlogPosting", "Thing"));
    assertTrue(vocab.isSubtypeOf("ProfessionalService", "Organization"));
    assertTrue(vocab.isSubtypeOf("Person", "Person"));
    assertFalse(vocab.isSubtypeOf("Person", "Organization"));
    assertTrue(vocab.isSubtypeOf("URL", "Text"));
    assertTrue(vocab.isSubtypeOf("Integer", "Number"));
  }

  @Test
  void isAllowedOn_usesDomainsOfSupertypes() {
    assertTrue(vocab.isAllowedOn("headline", "BlogPosting"));
    assertTrue(vocab.isAllowedOn("name", "Answer"));
    assertTrue(vocab.isAllowedOn("address", "ProfessionalService"));
    assertFalse(vocab.isAllowedOn("acceptedAnswer", "BlogPosting"));
    assertFalse(vocab.isAllowedOn("birthDate", "Organization"));
    assertFalse(vocab.isAllowedOn("nosuch", "Thing"));
  }

  @Test
  void ranges_listRangeIncludes() {
    assertTrue(vocab.ranges("datePublished").containsAll(List.of("Date", "DateTime")));
    assertTrue(vocab.ranges("availability").contains("ItemAvailability"));
    assertTrue(vocab.domains("acceptedAnswer").contains("Question"));
  }

  @Test
  void isDataType_coversDataTypesAndTheirSubtypes() {
    for (String t : List.of("Text", "URL", "Date", "DateTime", "Time", "Number", "Integer", "Float", "Boolean")) {
      assertTrue(vocab.isDataType(t), t);
    }
    assertFalse(vocab.isDataType("Person"));
    assertFalse(vocab.isDataType("ItemAvailability"));
  }

  @Test
  void enumerationMembers_includeInStockAndSubEnumerations() {
    assertTrue(vocab.isEnumeration("ItemAvailability"));
    assertTrue(vocab.isEnumerationMember("InStock"));
    assertTrue(vocab.isMemberOf("https://schema.org/InStock", "ItemAvailability"));
    assertTrue(vocab.enumerationMembers("ItemAvailability").contains("OutOfStock"));
    assertFalse(vocab.isMemberOf("InStock", "DayOfWeek"));
    assertTrue(vocab.isMemberOf("True", "Boolean"));
    assertTrue(vocab.isMemberOf("Dermatology", "Specialty"));
  }

  @Test
  void supersededBy_namesTheReplacement() {
    assertEquals(List.of("actor"), vocab.supersededBy("actors"));
    assertEquals(List.of(), vocab.supersededBy("actor"));
  }

  @Test
  void status_tellsPendingFromStable() {
    assertEquals(Optional.of(TermStatus.STABLE), vocab.status("Person"));
    assertEquals(Optional.of(TermStatus.PENDING), vocab.status("3DModel"));
    assertEquals(Optional.empty(), vocab.status("NoSuchThing"));
  }

  @Test
  void parse_readsRetiredTermsAndRejectsOtherText() {
    Vocabulary v = Vocabulary.parse("geo-vocab\t1\nrelease\t9.0\nT\tThing\t-\t-\tstable\t-\n"
        + "T\tOld\tThing\t-\tretired\tThing\nP\tname\tThing\tText\tstable\t-\n");
    assertEquals(Optional.of(TermStatus.RETIRED), v.status("Old"));
    assertEquals(List.of("Thing"), v.supersededBy("Old"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Vocabulary.parse("geo-vocab\t1\nrelease\t9.0\nX\tfoo\n"));
    assertEquals("vocabulary index line 3: unknown line kind 'X'", e.getMessage());
  }
}
