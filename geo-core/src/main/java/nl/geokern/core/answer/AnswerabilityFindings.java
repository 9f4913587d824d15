package nl.geokern.core.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;

/** Turns answerability results into findings at each question's source, with a hint a writer can act on. */
final class AnswerabilityFindings {

  private AnswerabilityFindings() {}

  /** The {@code geo.answerability} and {@code geo.cannibalisation} findings of {@code results}. */
  static List<Finding> of(List<QuestionResult> results, ContentSet content, AnswerabilityOptions options) {
    Map<String, String> sources = sources(content);
    String siteUrl = content.site().url();
    List<Finding> out = new ArrayList<>();
    for (QuestionResult r : results) {
      if (r.hasIntendedPage() && !r.inTop()) {
        out.add(notFound(r, sources, siteUrl, options.depth()));
      }
      competing(r, siteUrl, options.cannibalisationMargin()).ifPresent(out::add);
    }
    return out;
  }

  private static Finding notFound(QuestionResult r, Map<String, String> sources, String siteUrl, int depth) {
    Question q = r.question();
    String intended = String.join(", ", q.intendedPages());
    StringBuilder message = new StringBuilder();
    message.append(describe(q)).append(" is not answered by its page ").append(intended).append(": ");
    if (r.rank().isPresent()) {
      message.append("its best passage ").append(quote(r.intended().orElseThrow().passage().heading()))
          .append(" ranks ").append(r.rank().getAsInt());
    } else {
      message.append("none of its passages is among the ").append(depth).append(" that match best");
    }
    List<PassageHit> ahead = r.ahead();
    if (!ahead.isEmpty()) {
      message.append("; answer engines find first ").append(ahead.stream().map(AnswerabilityFindings::describe)
          .collect(Collectors.joining(", ")));
    } else {
      message.append("; no passage on the site matches its words");
    }
    String where = q.intendedPages().stream().map(p -> sources.getOrDefault(PageUrls.key(p, siteUrl), p)).distinct()
        .collect(Collectors.joining(" or "));
    return Finding.warning(Answerability.RULE_ID, q.span(), message.toString(), hint(q, where));
  }

  private static String hint(Question q, String where) {
    return switch (q.kind()) {
      case PERSONA -> "add a section to " + where + " headed by the question (in the reader's words) that answers it"
          + " in its first sentence; or, if a page ahead of it is the better answer, list " + quote(q.id())
          + " in that page's `answers`";
      case FAQ_ITEM -> "use the question's own words in the answer's first sentence; if a passage ahead of it"
          + " answers the same question, merge the two and keep one";
      case POST_FAQ -> "use the question's own words in the answer's first sentence; if a passage ahead of it"
          + " answers the same question, refer to that FAQ item by id instead of repeating it";
    };
  }

  /** Two pages, not both meant to answer the question, at the top within the margin. */
  private static Optional<Finding> competing(QuestionResult r, String siteUrl, double margin) {
    if (r.top().size() < 2) {
      return Optional.empty();
    }
    PassageHit first = r.top().get(0);
    PassageHit second = r.top().get(1);
    String a = PageUrls.key(first.passage().page(), siteUrl);
    String b = PageUrls.key(second.passage().page(), siteUrl);
    Set<String> intended = r.question().intendedPages().stream().map(p -> PageUrls.key(p, siteUrl))
        .collect(Collectors.toSet());
    if (a.equals(b) || second.score() < (1 - margin) * first.score() || (intended.contains(a) && intended.contains(b))) {
      return Optional.empty();
    }
    String message = "two pages compete for " + describe(r.question()) + ": " + describe(first) + " and "
        + describe(second) + " score within " + Math.round(margin * 100) + " %, so an answer engine may quote either";
    String hint = "let one page answer it (a heading with the question, the answer in its first sentence) and let"
        + " the other link to it" + (r.question().kind() == QuestionKind.PERSONA
            ? "; list " + quote(r.question().id()) + " in the `answers` of the page meant to answer it" : "");
    return Optional.of(Finding.warning(Answerability.CANNIBALISATION_RULE_ID, r.question().span(), message,
        hint));
  }

  /** Where each page's text is written: a post's Markdown file, the FAQ page's {@code faq.yaml}; by page key. */
  private static Map<String, String> sources(ContentSet content) {
    Map<String, String> out = new HashMap<>();
    String siteUrl = content.site().url();
    for (BlogPost post : content.posts()) {
      out.put(PageUrls.key(post.url(), siteUrl), post.path().toString().replace('\\', '/'));
    }
    if (!content.faqItems().isEmpty()) {
      out.put(PageUrls.key(content.site().faqPage().url(), siteUrl),
          content.faqItems().get(0).span().path().toString().replace('\\', '/'));
    }
    return out;
  }

  private static String describe(Question q) {
    return switch (q.kind()) {
      case PERSONA -> "persona question " + quote(q.id()) + " " + quote(q.text());
      case FAQ_ITEM -> "FAQ item " + quote(q.id()) + " " + quote(q.text());
      case POST_FAQ -> "post FAQ question " + quote(q.text());
    };
  }

  private static String describe(PassageHit h) {
    return h.rank() + ". " + h.passage().link() + " " + quote(h.passage().heading())
        + String.format(Locale.ROOT, " (score %.2f)", h.score());
  }

  private static String quote(String text) {
    String t = text.strip();
    return "\"" + (t.length() > 80 ? t.substring(0, 79) + "…" : t) + "\"";
  }
}
