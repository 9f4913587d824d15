package nl.geokern.core.answer;

/** Where a question comes from, which decides the page meant to answer it. */
public enum QuestionKind {
  /** A persona question ({@code personas.yaml}); answered by the posts and FAQ items that list it in {@code answers}. */
  PERSONA,
  /** A FAQ page item ({@code faq.yaml}); answered by the FAQ page. */
  FAQ_ITEM,
  /** A question of a post's FAQ section; answered by the post. */
  POST_FAQ
}
