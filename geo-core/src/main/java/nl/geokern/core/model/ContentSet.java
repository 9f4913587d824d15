package nl.geokern.core.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything loaded from a content directory, with lookups by id and slug.
 *
 * @param site the site and organisation
 * @param personas the personas
 * @param clusters the keyword clusters
 * @param calendar the calendar weeks, in file order
 * @param faqItems the FAQ page's items
 * @param posts the blog posts, sorted by path
 * @param planFiles the plan files the site has; the features and rules of the others are off
 */
public record ContentSet(
    Site site,
    List<Persona> personas,
    List<KeywordCluster> clusters,
    List<CalendarWeek> calendar,
    List<FaqItem> faqItems,
    List<BlogPost> posts,
    Set<PlanFile> planFiles) {

  /** Rejects nulls and copies the lists. */
  public ContentSet {
    Objects.requireNonNull(site, "site");
    personas = List.copyOf(personas);
    clusters = List.copyOf(clusters);
    calendar = List.copyOf(calendar);
    faqItems = List.copyOf(faqItems);
    posts = List.copyOf(posts);
    planFiles = planFiles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(planFiles));
  }

  /** A content set with every plan file present (the full content plan). */
  public ContentSet(Site site, List<Persona> personas, List<KeywordCluster> clusters, List<CalendarWeek> calendar,
      List<FaqItem> faqItems, List<BlogPost> posts) {
    this(site, personas, clusters, calendar, faqItems, posts, EnumSet.allOf(PlanFile.class));
  }

  /** Whether the site has this plan file, so that its features and rules run. */
  public boolean has(PlanFile file) {
    return planFiles.contains(file);
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
