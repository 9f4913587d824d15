/**
 * Answerability: can an answer engine find the passage that answers each question? Passages are cut
 * by heading section from built pages ({@link nl.geokern.core.answer.HtmlPassages}) or from the
 * content model ({@link nl.geokern.core.answer.ModelPassages}), indexed in memory with Lucene BM25
 * ({@link nl.geokern.core.answer.PassageIndex}), and asked every persona, FAQ and post FAQ question.
 * Start at {@link nl.geokern.core.answer.Answerability}.
 */
package nl.geokern.core.answer;
