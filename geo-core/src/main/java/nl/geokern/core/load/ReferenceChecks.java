package nl.geokern.core.load;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.model.Author;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.CalendarWeek;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.FaqItem;
import nl.geokern.core.model.KeywordCluster;
import nl.geokern.core.model.Persona;
import nl.geokern.core.model.Place;
import nl.geokern.core.model.Site;
import nl.geokern.core.model.SourceSpan;
import nl.geokern.jsonld.suggest.Suggestions;

/**
 * Checks the references between the files of a content set: personas, clusters, FAQ items, persona
 * questions, places and authors named by id must exist. A file that failed to load leaves its ids
 * undefined; references to them would only repeat that file's own findings, so they are not checked.
 */
final class ReferenceChecks {

  private final List<Finding> findings;
  private final boolean siteOk;
  private final boolean personasOk;
  private final boolean clustersOk;
  private final boolean faqOk;

  ReferenceChecks(List<Finding> findings, boolean siteOk, boolean personasOk, boolean clustersOk, boolean faqOk) {
    this.findings = findings;
    this.siteOk = siteOk;
    this.personasOk = personasOk;
    this.clustersOk = clustersOk;
    this.faqOk = faqOk;
  }

  /** Adds a finding for every reference to an id, place or author that the content does not define. */
  void check(ContentSet c) {
    Set<String> personaIds = ids(c.personas(), Persona::id);
    Set<String> clusterIds = ids(c.clusters(), KeywordCluster::id);
    Set<String> faqIds = ids(c.faqItems(), FaqItem::id);
    Set<String> questionIds = c.personaQuestions().keySet();
    List<String> places = placeNames(c.site());
    List<String> authors = c.site().authors().stream().map(Author::id).toList();
    Set<String> authorIds = new HashSet<>(authors);

    for (KeywordCluster k : c.clusters()) {
      for (String p : k.places()) {
        place(c, k.span(), "cluster '" + k.id() + "'", p, places);
      }
    }
    for (CalendarWeek w : c.calendar()) {
      String what = "week " + w.week() + " of the calendar";
      // A week's post may not be written yet: coverage.calendar reports it once the week is due.
      w.clusters().forEach(k -> ref(w.span(), what, "cluster", k, clusterIds));
      w.faqUpdate().questionIds().forEach(q -> ref(w.span(), what, "FAQ item", q, faqIds));
    }
    for (FaqItem i : c.faqItems()) {
      String what = "FAQ item '" + i.id() + "'";
      i.clusters().forEach(k -> ref(i.span(), what, "cluster", k, clusterIds));
      i.personas().forEach(p -> ref(i.span(), what, "persona", p, personaIds));
      i.answers().forEach(q -> ref(i.span(), what, "persona question", q, questionIds));
      i.places().forEach(p -> place(c, i.span(), what, p, places));
    }
    for (BlogPost p : c.posts()) {
      String what = "post '" + p.slug() + "'";
      p.personas().forEach(x -> ref(p.spanOf("personas"), what, "persona", x, personaIds));
      p.cluster().ifPresent(x -> ref(p.spanOf("cluster"), what, "cluster", x, clusterIds));
      p.answers().forEach(x -> ref(p.spanOf("answers"), what, "persona question", x, questionIds));
      p.faq().forEach(x -> ref(p.spanOf("faq"), what, "FAQ item", x, faqIds));
      p.places().forEach(x -> place(c, p.spanOf("places"), what, x, places));
      p.author().ifPresent(a -> ref(p.spanOf("author"), what, "author", a, authorIds));
    }
  }

  private void place(ContentSet c, SourceSpan span, String what, String name, List<String> known) {
    if (siteOk && c.site().place(name).isEmpty()) {
      findings.add(unknownReference(span, what, "place", name, known));
    }
  }

  private void ref(SourceSpan span, String what, String kind, String id, Set<String> known) {
    boolean definingFileOk = switch (kind) {
      case "persona", "persona question" -> personasOk;
      case "cluster" -> clustersOk;
      case "FAQ item" -> faqOk;
      default -> siteOk;
    };
    if (definingFileOk && !known.contains(id)) {
      findings.add(unknownReference(span, what, kind, id, known));
    }
  }

  /** The finding for a reference to an unknown id, with the closest known one or the known ones as the hint. */
  static Finding unknownReference(SourceSpan span, String what, String kind, String id, Collection<String> known) {
    String hint = Suggestions.closest(id, known)
        .map(s -> "did you mean '" + s + "'?")
        .orElse(known.isEmpty() ? "define it first" : "use one of: " + String.join(", ", known.stream().sorted().limit(12).toList())
            + (known.size() > 12 ? ", …" : ""));
    return Finding.error("load.reference", span, what + " refers to unknown " + kind + " '" + id + "'", hint);
  }

  /** The names of the site's places. */
  static List<String> placeNames(Site site) {
    return site.places().stream().map(Place::name).toList();
  }

  private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
    Set<String> out = new HashSet<>();
    items.forEach(i -> out.add(id.apply(i)));
    return out;
  }
}
