package nl.geokern.jsonld.schema;

import java.util.Map;
import java.util.Optional;

/**
 * A schema.org {@code ImageObject}: an image known by its URL, such as a logo or a page's main image.
 *
 * @param id the node's {@code @id}, an absolute http(s) URL, if it has one
 * @param url the image's absolute http(s) URL
 * @param contentUrl the URL of the image file itself, if given
 * @param caption the caption, if any; not blank
 */
public record ImageObject(Optional<String> id, String url, Optional<String> contentUrl, Optional<String> caption)
    implements SchemaNode {

  /** Checks the URLs and the caption. */
  public ImageObject {
    Checks.optional(id, "ImageObject @id", Checks::httpUrl);
    Checks.httpUrl(url, "ImageObject url");
    Checks.optional(contentUrl, "ImageObject contentUrl", Checks::httpUrl);
    Checks.optional(caption, "ImageObject caption", Checks::text);
  }

  /** Creates an image known by its URL. */
  public static ImageObject of(String url) {
    return new ImageObject(Optional.empty(), url, Optional.empty(), Optional.empty());
  }

  /** The same image with an {@code @id}. */
  public ImageObject withId(String id) {
    return new ImageObject(Optional.of(id), url, contentUrl, caption);
  }

  /** The same image with the URL of its file. */
  public ImageObject withContentUrl(String contentUrl) {
    return new ImageObject(id, url, Optional.of(contentUrl), caption);
  }

  /** The same image with a caption. */
  public ImageObject withCaption(String caption) {
    return new ImageObject(id, url, contentUrl, Optional.of(caption));
  }

  @Override
  public Map<String, Object> toJsonLd(NodeForm form) {
    return Members.of(form, id, "ImageObject")
        .put("url", url)
        .put("contentUrl", contentUrl)
        .put("caption", caption)
        .map();
  }
}
