package nl.geokern.core.report.internal;

/** The one HTML escape every piece of text in the HTML report goes through. */
public final class Html {

  private Html() {}

  /**
   * Escapes text for use in HTML and SVG element content and in double- or single-quoted
   * attribute values: {@code & < > " '}.
   */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
