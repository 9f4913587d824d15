package nl.geokern.jsonld.html;

/**
 * A page the injector refuses to change because it cannot do so safely, such as a UTF-16 page (its
 * markup is not ASCII bytes, so the byte scanner cannot read it).
 */
public final class UnsupportedPageException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the problem and what to do. */
  public UnsupportedPageException(String message) {
    super(message);
  }
}
