package nl.geokern.core.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.CalendarWeek;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.FaqItem;

/**
 * {@code coverage.calendar}: every calendar week that is due has its post and its FAQ update.
 *
 * <p>Editorial reason: the plan promises one post and one FAQ update a week; the calendar is only
 * worth keeping when it matches what was published. Judged against the reference date ("today"):
 * <ul>
 *   <li>a week dated on or before the reference date whose post (by slug) does not exist: error;
 *   <li>a week dated on or before the reference date whose FAQ update names no FAQ item: error
 *       (future weeks may still be unplanned);
 *   <li>a FAQ update naming an FAQ item that does not exist: error, in any week;
 *   <li>a gap in the week numbering (week 3, then week 5): error at the week after the gap;
 *   <li>a post dated after the reference date: warning, "dated in the future".
 * </ul>
 */
final class CoverageCalendarRule extends BaseRule<CoverageCalendarRule.Options> {

  /** The rule's id. */
  public static final String ID = "coverage.calendar";

  /** Options of {@code coverage.calendar}: none (the reference date comes from the rule context). */
  public record Options() {}

  /** The rule with its default severity and options. */
  public CoverageCalendarRule() {
    super(ID, Severity.ERROR,
        "Every calendar week that is due has its post and its FAQ update; no gaps; no posts dated in the future.",
        new Options());
  }

  @Override
  public List<Finding> check(RuleContext context, Options options) {
    ContentSet c = context.content();
    LocalDate today = context.referenceDate();
    Set<String> slugs = new HashSet<>();
    for (BlogPost p : c.posts()) {
      slugs.add(p.slug());
    }
    Set<String> faqIds = new HashSet<>();
    for (FaqItem i : c.faqItems()) {
      faqIds.add(i.id());
    }
    List<Finding> out = new ArrayList<>();
    for (CalendarWeek w : c.calendar()) {
      String week = "week " + w.week() + " (" + w.date() + ")";
      boolean due = !w.date().isAfter(today);
      if (due && !slugs.contains(w.postSlug())) {
        out.add(Finding.error(ID, w.span(),
            week + " is due but its post '" + w.postSlug() + "' does not exist",
            "write the post with slug " + w.postSlug() + ", or correct the week's post slug in the calendar"));
      }
      if (due && w.faqUpdate().questionIds().isEmpty()) {
        out.add(Finding.error(ID, w.span(),
            week + " is due but has no FAQ update: faqUpdate.questions is empty",
            "list the ids of the FAQ items added or updated that week under faqUpdate.questions"));
      }
      for (String id : w.faqUpdate().questionIds()) {
        if (!faqIds.contains(id)) {
          out.add(Finding.error(ID, w.span(),
              week + " names FAQ item '" + id + "' in its FAQ update, but faq.yaml has no such item",
              "add the item to faq.yaml or correct the id"));
        }
      }
    }
    List<CalendarWeek> byNumber = c.calendar().stream().sorted(Comparator.comparingInt(CalendarWeek::week)).toList();
    for (int i = 1; i < byNumber.size(); i++) {
      int previous = byNumber.get(i - 1).week();
      CalendarWeek w = byNumber.get(i);
      if (w.week() > previous + 1) {
        String missing = w.week() == previous + 2
            ? "week " + (previous + 1) + " is"
            : "weeks " + (previous + 1) + "–" + (w.week() - 1) + " are";
        out.add(Finding.error(ID, w.span(),
            missing + " missing from the calendar (between week " + previous + " and week " + w.week() + ")",
            "add the missing weeks, each with a post and a FAQ update, or renumber the weeks"));
      }
    }
    for (BlogPost p : c.posts()) {
      if (p.datePublished().date().isAfter(today)) {
        out.add(Finding.warning(ID, p.spanOf("datePublished"),
            "post '" + p.slug() + "' is dated in the future: datePublished " + p.datePublished()
                + " is after the reference date " + today,
            "correct datePublished, or build with a later reference date when the post goes out"));
      }
    }
    return out;
  }
}
