/**
 * Coverage and quality figures of a content set for reports: persona-question coverage, calendar
 * week state, cluster content, and per post its readability and GEO evidence. Start at
 * {@link nl.geokern.core.metrics.ContentMetrics#compute}.
 */
package nl.geokern.core.metrics;
