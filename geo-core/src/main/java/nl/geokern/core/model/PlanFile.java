package nl.geokern.core.model;

/**
 * The optional files of a content plan. A site needs none of them; each one that is present
 * switches on its features and rules (coverage, calendar, the FAQ page).
 */
public enum PlanFile {
  /** {@code personas.yaml}: personas and their questions. */
  PERSONAS,
  /** {@code clusters.yaml}: keyword clusters. */
  CLUSTERS,
  /** {@code calendar.yaml}: the weekly content calendar. */
  CALENDAR,
  /** {@code faq.yaml}: the FAQ page's items. */
  FAQ
}
