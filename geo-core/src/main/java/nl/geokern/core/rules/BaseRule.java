package nl.geokern.core.rules;

import java.util.List;
import java.util.Objects;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.finding.Severity;
import nl.geokern.core.model.Block;
import nl.geokern.core.model.BlogPost;
import nl.geokern.core.model.Heading;
import nl.geokern.core.model.SourceSpan;

/**
 * The shared part of the built-in rules: the id, default severity, description and default
 * options, and helpers that build findings and place them in a post.
 *
 * @param <O> the rule's options record
 */
abstract class BaseRule<O extends Record> implements Rule<O> {

  private final String id;
  private final Severity defaultSeverity;
  private final String description;
  private final O defaultOptions;

  BaseRule(String id, Severity defaultSeverity, String description, O defaultOptions) {
    this.id = Objects.requireNonNull(id, "id");
    this.defaultSeverity = Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    this.description = Objects.requireNonNull(description, "description");
    this.defaultOptions = Objects.requireNonNull(defaultOptions, "defaultOptions");
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Severity defaultSeverity() {
    return defaultSeverity;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final O defaultOptions() {
    return defaultOptions;
  }

  /** A finding of this rule at its default severity. */
  final Finding finding(SourceSpan span, String message, String hint) {
    return Finding.of(id, defaultSeverity, span, message, hint);
  }

  /** A finding of this rule at another severity (for rules whose findings differ in weight). */
  final Finding finding(Severity severity, SourceSpan span, String message, String hint) {
    return Finding.of(id, severity, span, message, hint);
  }

  /** Where a finding about the post as a whole goes: its H1, else its first block, else the file. */
  static SourceSpan headSpan(BlogPost post) {
    List<Block> blocks = post.body().blocks();
    for (Block b : blocks) {
      if (b instanceof Heading h && h.level() == 1) {
        return h.span();
      }
    }
    return blocks.isEmpty() ? post.span() : blocks.get(0).span();
  }

  /** The first H2 of the post, or null. */
  static Heading firstH2(BlogPost post) {
    for (Block b : post.body().blocks()) {
      if (b instanceof Heading h && h.level() == 2) {
        return h;
      }
    }
    return null;
  }

  /** A short, quoted excerpt of {@code text} for a message. */
  static String quote(String text, int max) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.codePointCount(0, t.length()) <= max) {
      return "'" + t + "'";
    }
    return "'" + t.substring(0, t.offsetByCodePoints(0, max)).stripTrailing() + "…'";
  }

  /** "1 word" / "2 words". */
  static String plural(int n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
