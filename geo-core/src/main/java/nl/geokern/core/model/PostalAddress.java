package nl.geokern.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The organisation's postal address, as schema.org's PostalAddress has it.
 *
 * @param streetAddress street and number
 * @param postalCode postal code
 * @param addressLocality city
 * @param addressRegion province or region, if given
 * @param addressCountry ISO 3166-1 alpha-2 country code
 */
public record PostalAddress(
    String streetAddress,
    String postalCode,
    String addressLocality,
    Optional<String> addressRegion,
    String addressCountry) {

  /** Rejects nulls. */
  public PostalAddress {
    Objects.requireNonNull(streetAddress, "streetAddress");
    Objects.requireNonNull(postalCode, "postalCode");
    Objects.requireNonNull(addressLocality, "addressLocality");
    Objects.requireNonNull(addressRegion, "addressRegion");
    Objects.requireNonNull(addressCountry, "addressCountry");
  }
}
