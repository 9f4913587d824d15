package nl.geokern.core.report;

import java.util.List;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;

/**
 * The headline numbers of a validation run.
 *
 * @param errors findings of severity error
 * @param warnings findings of severity warning
 * @param infos findings of severity info
 * @param posts blog posts checked
 * @param faqItems FAQ items checked
 * @param personaQuestionsAnswered persona questions answered by a post or FAQ item
 * @param personaQuestionsTotal persona questions in the plan
 * @param calendarWeeksComplete calendar weeks with their post and FAQ update
 * @param calendarWeeksTotal calendar weeks in the plan
 */
public record Summary(
    int errors,
    int warnings,
    int infos,
    int posts,
    int faqItems,
    int personaQuestionsAnswered,
    int personaQuestionsTotal,
    int calendarWeeksComplete,
    int calendarWeeksTotal) {

  /** Rejects negative counts and parts larger than their totals. */
  public Summary {
    if (errors < 0 || warnings < 0 || infos < 0 || posts < 0 || faqItems < 0
        || personaQuestionsAnswered < 0 || calendarWeeksComplete < 0) {
      throw new IllegalArgumentException("summary counts must be >= 0");
    }
    if (personaQuestionsAnswered > personaQuestionsTotal) {
      throw new IllegalArgumentException("personaQuestionsAnswered " + personaQuestionsAnswered
          + " exceeds personaQuestionsTotal " + personaQuestionsTotal);
    }
    if (calendarWeeksComplete > calendarWeeksTotal) {
      throw new IllegalArgumentException("calendarWeeksComplete " + calendarWeeksComplete
          + " exceeds calendarWeeksTotal " + calendarWeeksTotal);
    }
  }

  /**
   * Counts the summary from its parts, so that the numbers always agree with the lists they
   * summarise.
   */
  public static Summary from(
      List<Finding> findings,
      int posts,
      int faqItems,
      List<PersonaCoverage> personas,
      List<WeekState> weeks) {
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    for (Finding f : findings) {
      if (f.severity() == Severity.ERROR) {
        errors++;
      } else if (f.severity() == Severity.WARNING) {
        warnings++;
      } else {
        infos++;
      }
    }
    int answered = personas.stream().mapToInt(PersonaCoverage::answeredCount).sum();
    int questions = personas.stream().mapToInt(p -> p.questions().size()).sum();
    int complete = (int) weeks.stream().filter(WeekState::complete).count();
    return new Summary(errors, warnings, infos, posts, faqItems, answered, questions, complete,
        weeks.size());
  }
}
