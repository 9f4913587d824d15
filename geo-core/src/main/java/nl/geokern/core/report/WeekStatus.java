package nl.geokern.core.report;

/** The state of one calendar week, as the calendar picture colours it. */
public enum WeekStatus {
  /** The week's post and FAQ update are both there. */
  COMPLETE("complete", "Complete"),
  /** The week lies in the future and is not complete yet; nothing is missing yet. */
  FUTURE("future", "Planned"),
  /** Neither the post nor the FAQ update is there. */
  MISSING_BOTH("missing-both", "Post and FAQ update missing"),
  /** The FAQ update is there but the post is not. */
  MISSING_POST("missing-post", "Post missing"),
  /** The post is there but the FAQ update is not. */
  MISSING_FAQ_UPDATE("missing-faq", "FAQ update missing"),
  /** Post and FAQ update are there, but the caller does not count the week as complete. */
  INCOMPLETE("incomplete", "Not complete");

  private final String id;
  private final String label;

  WeekStatus(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** The stable, lower-case id used in JSON and as an HTML class, such as {@code missing-post}. */
  public String id() {
    return id;
  }

  /** A short human label, such as {@code Post missing}. */
  public String label() {
    return label;
  }
}
