package nl.geokern.core.report;

/**
 * The kind of check a finding's rule id belongs to, told by its prefix ({@code load.yaml} is a
 * loading finding): SARIF uses it to describe ids that have no rule description of their own and
 * to link each id to its place in the rules documentation.
 */
enum FindingFamily {
  LOAD("load.", "The content cannot be read as written.",
      "geo reads the content directory (site.yaml, the plan files, the posts and their front matter)"
          + " before any rule runs; a file, YAML document or field it cannot read is reported at its"
          + " line and column, and nothing is written until it is fixed."),
  CONFIG("config.", "The rule configuration (geo-rules.yaml) has a mistake.",
      "geo-rules.yaml names rules, severities and options; an unknown name, a wrong type or a value"
          + " that does not fit is reported at its line and column, with a did-you-mean where one is close."),
  JSONLD("jsonld.", "JSON-LD in the HTML does not fit schema.org or Google's profiles.",
      "geo checks each page's JSON-LD against the schema.org vocabulary (types, properties and their"
          + " ranges) and Google's rich-result requirements for articles and FAQ pages."),
  GOOGLE("google.", "JSON-LD misses what a Google rich-result profile asks for.",
      "geo checks articles and FAQ pages against Google's structured-data profiles (required and"
          + " recommended properties, one FAQPage per page), as dated data in geo-jsonld."),
  INJECT("inject.", "A page could not take geo's JSON-LD block as intended.",
      "geo injects one JSON-LD block into each generated page; a page it cannot read, or hand-written"
          + " JSON-LD that conflicts with its block, is reported here."),
  RULE("", "A geo editorial rule.",
      "An editorial rule of geo: its severity and options are set in geo-rules.yaml, where it can"
          + " also be switched off.");

  private final String prefix;
  private final String summary;
  private final String guidance;

  FindingFamily(String prefix, String summary, String guidance) {
    this.prefix = prefix;
    this.summary = summary;
    this.guidance = guidance;
  }

  /** The family of a rule id; {@link #RULE} for every id without a known prefix. */
  static FindingFamily of(String ruleId) {
    for (FindingFamily f : values()) {
      if (!f.prefix.isEmpty() && ruleId.startsWith(f.prefix)) {
        return f;
      }
    }
    return RULE;
  }

  /**
   * The anchor of the id in the rules documentation: an editorial rule's own id, else its family's
   * name ({@code load}, {@code config}, {@code jsonld}, {@code google}, {@code inject}).
   */
  String anchor(String ruleId) {
    return this == RULE ? ruleId : prefix.substring(0, prefix.length() - 1);
  }

  /** One sentence saying what findings of this family are about. */
  String summary() {
    return summary;
  }

  /** A few sentences on where such findings come from and how they are dealt with. */
  String guidance() {
    return guidance;
  }
}
