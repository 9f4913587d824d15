package nl.geokern.core.metrics;

/**
 * The headline counts of a content set, for a report's first lines.
 *
 * @param posts the number of posts
 * @param faqItems the number of FAQ page items
 * @param personaQuestionsAnswered persona questions answered by at least one post or FAQ item
 * @param personaQuestionsTotal all persona questions
 * @param calendarWeeksComplete calendar weeks whose post and FAQ update are present and valid
 * @param calendarWeeksTotal all calendar weeks
 */
public record Summary(
    int posts,
    int faqItems,
    int personaQuestionsAnswered,
    int personaQuestionsTotal,
    int calendarWeeksComplete,
    int calendarWeeksTotal) {}
