package nl.geokern.core.rules.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.geokern.core.load.internal.MarkdownReader;
import nl.geokern.core.metrics.internal.IdentityMemo;
import nl.geokern.core.model.Block;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.ContentSet;
import nl.geokern.core.model.FaqItem;
import nl.geokern.core.model.FaqPair;
import nl.geokern.core.model.SourceSpan;

/** Every FAQ answer of a content set as plain text: the FAQ page's items, then the posts' FAQ sections. */
final class FaqAnswers {

  /** Parses FAQ item answers, which are Markdown; no FAQ section headings are needed for that. */
  private static final MarkdownReader MARKDOWN = new MarkdownReader(List.of());

  /** Each FAQ page item's answer as plain text, parsed once for all the rules that read it. */
  private static final IdentityMemo<FaqItem, String> ITEM_TEXT = new IdentityMemo<>();

  private FaqAnswers() {}

  /**
   * One FAQ answer.
   *
   * @param question the question it answers
   * @param text the answer's plain text
   * @param span where the answer is
   * @param post the post it is in, or null for a FAQ page item
   */
  record Answer(String question, String text, SourceSpan span, BlogPost post) {}

  /** The answers, skipping posts that suppress {@code ruleId}. */
  static List<Answer> all(ContentSet content, String ruleId) {
    List<Answer> out = new ArrayList<>();
    for (FaqItem item : content.faqItems()) {
      out.add(new Answer(item.question(), ITEM_TEXT.get(item, i -> plainText(i.answer())), item.answerSpan(), null));
    }
    for (BlogPost post : content.posts()) {
      if (post.suppresses(ruleId) || post.body().faq().isEmpty()) {
        continue;
      }
      for (FaqPair pair : post.body().faq().get().pairs()) {
        out.add(new Answer(pair.question(), pair.answerText(), pair.answerSpan(), post));
      }
    }
    return out;
  }

  /** The plain text of a Markdown answer: links become their text, emphasis and markers go. */
  static String plainText(String markdown) {
    StringBuilder sb = new StringBuilder();
    for (Block b : MARKDOWN.read(markdown, Path.of("")).body().blocks()) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(b.text());
    }
    return sb.toString();
  }
}
