package nl.geokern.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything loaded from a content directory, with lookups by id and slug.
 *
 * @param site the site and organisation
 * @param personas the personas
 * @param clusters the keyword clusters
 * @param calendar the calendar weeks, in file order
 * @param faqItems the FAQ page's items
 * @param posts the blog posts, sorted by path
 */
public record ContentSet(
    Site site,
    List<Persona> personas,
    List<KeywordCluster> clusters,
    List<CalendarWeek> calendar,
    List<FaqItem> faqItems,
    List<BlogPost> posts) {

  /** Rejects nulls and copies the lists. */
  public ContentSet {
    Objects.requireNonNull(site, "site");
    personas = List.copyOf(personas);
    clusters = List.copyOf(clusters);
    calendar = List.copyOf(calendar);
    faqItems = List.copyOf(faqItems);
    posts = List.copyOf(posts);
  }

  /** The persona with this id. */
  public Optional<Persona> persona(String id) {
    return personas.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** Every persona question, by id, in file order. */
  public Map<String, PersonaQuestion> personaQuestions() {
    Map<String, PersonaQuestion> out = new LinkedHashMap<>();
    for (Persona p : personas) {
      for (PersonaQuestion q : p.questions()) {
        out.putIfAbsent(q.id(), q);
      }
    }
    return out;
  }

  /** The persona question with this id. */
  public Optional<PersonaQuestion> personaQuestion(String id) {
    return Optional.ofNullable(personaQuestions().get(id));
  }

  /** The cluster with this id. */
  public Optional<KeywordCluster> cluster(String id) {
    return clusters.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The FAQ item with this id. */
  public Optional<FaqItem> faqItem(String id) {
    return faqItems.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /** The post with this slug. */
  public Optional<BlogPost> post(String slug) {
    return posts.stream().filter(p -> p.slug().equals(slug)).findFirst();
  }

  /** The calendar week with this number. */
  public Optional<CalendarWeek> week(int number) {
    return calendar.stream().filter(w -> w.week() == number).findFirst();
  }
}
