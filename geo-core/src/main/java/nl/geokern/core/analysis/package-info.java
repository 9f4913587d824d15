/**
 * One analysis per post, made once after loading and handed to every rule and to the report: the
 * post's sentences, words, syllables, statistics, quotations, citations, place mentions and focus
 * keyphrase matches. Start at {@link nl.geokern.core.analysis.ContentAnalysis#of}.
 */
package nl.geokern.core.analysis;
