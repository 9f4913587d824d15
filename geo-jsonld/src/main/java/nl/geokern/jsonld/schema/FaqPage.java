package nl.geokern.jsonld.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A schema.org {@code FAQPage}: a page's visible questions, each with one accepted answer.
 *
 * <p>Written as
 *
 * <pre>{@code
 * {"@context":"https://schema.org","@id":"https://example.nl/faq.html#webpage","@type":"FAQPage",
 *  "mainEntity":[{"@type":"Question","acceptedAnswer":{"@type":"Answer","text":"…"},"name":"…"}],
 *  "url":"https://example.nl/faq.html"}
 * }</pre>
 *
 * <p>The {@code @id} {@code {url}#webpage} is the one geo's page graphs use for the page node, so
 * the two can be merged. Only mark up questions that are visible on the page.
 *
 * @param url the page's absolute http(s) URL without fragment, if known
 * @param questions the questions in page order; at least one
 */
public record FaqPage(Optional<String> url, List<Question> questions) implements JsonLdDocument, SchemaNode {

  /** Checks the URL and copies the questions; a FAQ page needs at least one question. */
  public FaqPage {
    Checks.optional(url, "FAQPage url", Checks::pageUrl);
    Objects.requireNonNull(questions, "questions");
    questions = List.copyOf(questions);
    if (questions.isEmpty()) {
      throw new IllegalArgumentException(
          "a FAQPage needs at least one question; add one with question(question, answer)");
    }
  }

  /** Creates a FAQ page from its questions. */
  public static FaqPage of(Optional<String> url, List<Question> questions) {
    return new FaqPage(url, questions);
  }

  /** Starts building a FAQ page. */
  public static Builder builder() {
    return new Builder();
  }

  /** {@code {url}#webpage}, when the URL is known. */
  @Override
  public Optional<String> id() {
    return url.map(u -> u + "#webpage");
  }

  @Override
  public Map<String, Object> toJsonLd() {
    return Members.document(this);
  }

  @Override
  public Map<String, Object> toJsonLd(NodeForm form) {
    return Members.of(form, id(), "FAQPage").put("url", url).list("mainEntity", questions).map();
  }

  /**
   * One question with its accepted answer.
   *
   * @param question the question as shown on the page; not blank, kept exactly as given
   * @param answer the answer as shown on the page; not blank, kept exactly as given, and may hold
   *     the simple HTML Google allows in FAQ answers ({@code <p>}, {@code <a href>}, {@code <ul>}…)
   * @param id the question's {@code @id}, an absolute http(s) URL such as
   *     {@code https://example.nl/faq.html#kosten}, if it has one
   */
  public record Question(String question, String answer, Optional<String> id) implements SchemaNode {

    /** Checks that both texts are present and not blank. */
    public Question {
      Checks.text(question, "question");
      Checks.text(answer, "answer");
      Checks.optional(id, "question @id", Checks::httpUrl);
    }

    /** Creates a question with its answer and no {@code @id}. */
    public Question(String question, String answer) {
      this(question, answer, Optional.empty());
    }

    /** Creates a question with its answer. */
    public static Question of(String question, String answer) {
      return new Question(question, answer);
    }

    /** The same question with an {@code @id}. */
    public Question withId(String id) {
      return new Question(question, answer, Optional.of(id));
    }

    /** Returns the {@code Question} node with its {@code Answer} as plain JDK values. */
    public Map<String, Object> toJsonLd() {
      return toJsonLd(NodeForm.STANDALONE);
    }

    @Override
    public Map<String, Object> toJsonLd(NodeForm form) {
      Map<String, Object> answerNode = new LinkedHashMap<>();
      answerNode.put("@type", "Answer");
      answerNode.put("text", answer);
      return Members.of(form, id, "Question").put("name", question).put("acceptedAnswer", answerNode).map();
    }
  }

  /** Collects a FAQ page's URL and questions; {@link #build()} checks that it is complete. */
  public static final class Builder {
    private Optional<String> url = Optional.empty();
    private final List<Question> questions = new ArrayList<>();

    private Builder() {}

    /** Sets the page's absolute http(s) URL (without fragment). */
    public Builder url(String url) {
      this.url = Optional.of(Checks.pageUrl(url, "FAQPage url"));
      return this;
    }

    /**
     * Adds a question with its answer, in page order.
     *
     * @throws IllegalArgumentException if either text is blank; the message names the question's
     *     position
     */
    public Builder question(String question, String answer) {
      int position = questions.size() + 1;
      Objects.requireNonNull(question, "FAQ question " + position + ": question");
      Objects.requireNonNull(answer, "FAQ question " + position + ": answer");
      try {
        questions.add(new Question(question, answer));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("FAQ question " + position + ": " + e.getMessage(), e);
      }
      return this;
    }

    /** Adds a question that was built before. */
    public Builder question(Question question) {
      questions.add(Objects.requireNonNull(question, "question"));
      return this;
    }

    /**
     * Returns the FAQ page.
     *
     * @throws IllegalArgumentException if no question was added
     */
    public FaqPage build() {
      return new FaqPage(url, questions);
    }
  }
}
