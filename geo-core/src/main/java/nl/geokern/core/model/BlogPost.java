package nl.geokern.core.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A blog post: its front matter and its parsed Markdown body.
 *
 * @param path the Markdown file, as the loader was given it
 * @param slug unique slug (front matter {@code slug}, else the file name)
 * @param title the title
 * @param description the meta description, if given
 * @param datePublished when it was published
 * @param dateModified when it was last changed, if given
 * @param author the author id (front matter, else the site's default), if any
 * @param personas persona ids the post is for
 * @param cluster the keyword cluster id, if given
 * @param intent the search intent, if given
 * @param keywords focus keyphrases; the first is the main one
 * @param places place names the post is about
 * @param answers persona question ids the post answers
 * @param faq FAQ item ids shown under the post
 * @param url the page url relative to the site (front matter {@code url}, else the content path with .html)
 * @param image the post's image url, if given
 * @param fictional whether the post describes a fictional example
 * @param suppress rule ids not checked for this post
 * @param fieldSpans where each front matter key is, by key
 * @param body the parsed Markdown
 * @param span where the post's file starts
 */
public record BlogPost(
    Path path,
    String slug,
    String title,
    Optional<String> description,
    ContentDate datePublished,
    Optional<ContentDate> dateModified,
    Optional<String> author,
    List<String> personas,
    Optional<String> cluster,
    Optional<SearchIntent> intent,
    List<String> keywords,
    List<String> places,
    List<String> answers,
    List<String> faq,
    String url,
    Optional<String> image,
    boolean fictional,
    List<String> suppress,
    Map<String, SourceSpan> fieldSpans,
    MarkdownBody body,
    SourceSpan span) {

  /** Rejects nulls and copies the collections. */
  public BlogPost {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(datePublished, "datePublished");
    Objects.requireNonNull(dateModified, "dateModified");
    Objects.requireNonNull(author, "author");
    personas = List.copyOf(personas);
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(intent, "intent");
    keywords = List.copyOf(keywords);
    places = List.copyOf(places);
    answers = List.copyOf(answers);
    faq = List.copyOf(faq);
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(image, "image");
    suppress = List.copyOf(suppress);
    fieldSpans = Map.copyOf(fieldSpans);
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(span, "span");
  }

  /** Where a front matter key is; the file's start when the key is absent. */
  public SourceSpan spanOf(String key) {
    return fieldSpans.getOrDefault(key, span);
  }

  /** Whether a rule is suppressed for this post. */
  public boolean suppresses(String ruleId) {
    return suppress.contains(ruleId);
  }
}
