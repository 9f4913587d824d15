package nl.geokern.jsonld.schema;

import java.util.Map;
import java.util.Optional;

/**
 * A schema.org {@code PostalAddress}, such as the address of a local business.
 *
 * @param streetAddress street and number; not blank
 * @param postalCode the postal code; not blank
 * @param addressLocality the city; not blank
 * @param addressRegion the province or region, if given
 * @param addressCountry the country, as an ISO 3166-1 alpha-2 code such as {@code NL}; not blank
 */
public record PostalAddress(
    String streetAddress,
    String postalCode,
    String addressLocality,
    Optional<String> addressRegion,
    String addressCountry)
    implements SchemaNode {

  /** Checks that every part is present and not blank. */
  public PostalAddress {
    Checks.text(streetAddress, "PostalAddress streetAddress");
    Checks.text(postalCode, "PostalAddress postalCode");
    Checks.text(addressLocality, "PostalAddress addressLocality");
    Checks.optional(addressRegion, "PostalAddress addressRegion", Checks::text);
    Checks.text(addressCountry, "PostalAddress addressCountry");
  }

  /** An address has no {@code @id}: it is always written inside its organization. */
  @Override
  public Optional<String> id() {
    return Optional.empty();
  }

  @Override
  public Map<String, Object> toJsonLd(NodeForm form) {
    return Members.of(form, Optional.empty(), "PostalAddress")
        .put("streetAddress", streetAddress)
        .put("postalCode", postalCode)
        .put("addressLocality", addressLocality)
        .put("addressRegion", addressRegion)
        .put("addressCountry", addressCountry)
        .map();
  }
}
