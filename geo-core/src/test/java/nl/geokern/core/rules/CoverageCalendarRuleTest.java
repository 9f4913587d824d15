package nl.geokern.core.rules;

import nl.geokern.core.TestContent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.geokern.core.model.ContentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageCalendarRuleTest {

  @TempDir Path project;
  final CoverageCalendarRule rule = new CoverageCalendarRule();

  static final String CALENDAR = """
      weeks:
        - week: 1
          date: 2026-01-05
          post: post-een
          faqUpdate:
            questions: [f1]
        - week: 2
          date: 2026-01-12
          post: post-twee
          faqUpdate:
            questions: [f1]
        - week: 5
          date: 2026-02-02
          post: post-vijf
        - week: 6
          date: 2026-04-06
          post: post-zes
      """;

  static String post(String title, String date) {
    return "---\ntitle: " + title + "\ndatePublished: " + date + "\ncluster: c1\n---\n\n# " + title + "\n\nTekst.\n";
  }

  ContentSet complete() {
    return TestContent.in(project)
        .with("calendar.yaml", CALENDAR)
        .with("blog/post-twee.md", post("Post twee", "2026-01-12"))
        .with("blog/post-vijf.md", post("Post vijf", "2026-02-02"))
        .with("blog/post-zes.md", post("Post zes", "2026-04-06"))
        .load();
  }

  /** The content without some posts: the loader rejects a calendar naming a missing post, so remove them here. */
  static ContentSet withoutPosts(ContentSet c, String... slugs) {
    List<String> drop = List.of(slugs);
    return new ContentSet(c.site(), c.personas(), c.clusters(), c.calendar(), c.faqItems(),
        c.posts().stream().filter(p -> !drop.contains(p.slug())).toList());
  }

  @Test
  void check_everyWeekHasPostAndFaqUpdate_noFinding() {
    ContentSet content = TestContent.in(project).load();

    assertEquals("", String.join("\n", TestContent.check(rule, content)));
  }

  @Test
  void check_gapsMissingPostsAndUpdates_reportedForDueWeeksOnly() {
    ContentSet content = withoutPosts(complete(), "post-twee");

    assertEquals("""
        content/blog/post-zes.md:3:1: warning [coverage.calendar] post 'post-zes' is dated in the future: \
        datePublished 2026-04-06 is after the reference date 2026-03-02. Fix: correct datePublished, or build \
        with a later reference date when the post goes out
        content/calendar.yaml:7:5: error [coverage.calendar] week 2 (2026-01-12) is due but its post 'post-twee' \
        does not exist. Fix: write the post with slug post-twee, or correct the week's post slug in the calendar
        content/calendar.yaml:12:5: error [coverage.calendar] week 5 (2026-02-02) is due but has no FAQ update: \
        faqUpdate.questions is empty. Fix: list the ids of the FAQ items added or updated that week under \
        faqUpdate.questions
        content/calendar.yaml:12:5: error [coverage.calendar] weeks 3–4 are missing from the calendar (between \
        week 2 and week 5). Fix: add the missing weeks, each with a post and a FAQ update, or renumber the weeks""",
        String.join("\n", TestContent.check(rule, content)));
  }

  @Test
  void check_unknownFaqItemInUpdate_reported() {
    ContentSet loaded = TestContent.in(project).load();
    var week = loaded.calendar().get(0);
    var changed = new nl.geokern.core.model.CalendarWeek(week.week(), week.date(), week.postSlug(), week.intent(),
        week.clusters(), new nl.geokern.core.model.FaqUpdate(List.of(), List.of("f1", "f9")), week.span());
    ContentSet content = new ContentSet(loaded.site(), loaded.personas(), loaded.clusters(), List.of(changed),
        loaded.faqItems(), loaded.posts());

    assertEquals("content/calendar.yaml:2:5: error [coverage.calendar] week 1 (2026-01-05) names FAQ item 'f9' in"
        + " its FAQ update, but faq.yaml has no such item. Fix: add the item to faq.yaml or correct the id",
        String.join("\n", TestContent.check(rule, content)));
  }

  @Test
  void check_laterReferenceDate_reportsTheNowDueWeek() {
    ContentSet content = withoutPosts(complete(), "post-zes");

    assertEquals("""
        content/calendar.yaml:12:5: error [coverage.calendar] week 5 (2026-02-02) is due but has no FAQ update: \
        faqUpdate.questions is empty. Fix: list the ids of the FAQ items added or updated that week under \
        faqUpdate.questions
        content/calendar.yaml:12:5: error [coverage.calendar] weeks 3–4 are missing from the calendar (between \
        week 2 and week 5). Fix: add the missing weeks, each with a post and a FAQ update, or renumber the weeks
        content/calendar.yaml:15:5: error [coverage.calendar] week 6 (2026-04-06) is due but has no FAQ update: \
        faqUpdate.questions is empty. Fix: list the ids of the FAQ items added or updated that week under \
        faqUpdate.questions
        content/calendar.yaml:15:5: error [coverage.calendar] week 6 (2026-04-06) is due but its post 'post-zes' \
        does not exist. Fix: write the post with slug post-zes, or correct the week's post slug in the calendar""",
        String.join("\n", TestContent.check(rule, rule.defaultOptions(), content, LocalDate.of(2026, 4, 6))));
  }
}
