package io.github.sitrep.parser.lexicon;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A word for the people or things of a country or group: "Iraqi", "Malian", "Kurdish".
 * Country entries carry theirs in a {@code demonyms} attribute; a demonyms file adds words
 * for groups that are not countries.
 */
@Value.Immutable
public interface DemonymEntry {

  /** @return a new builder */
  static ImmutableDemonymEntry.Builder builder() {
    return ImmutableDemonymEntry.builder();
  }

  /** @return the word as written: "Iraqi" */
  String getSurface();

  /** @return the group it names, when it is not a country's: "Kurds" */
  Optional<String> getGroup();

  /** @return the ISO 3166-1 alpha-2 code of its country, when it has one */
  Optional<String> getCountry();

  /** Rejects blank surfaces and malformed country codes. */
  @Value.Check
  default void check() {
    if (getSurface().isBlank()) {
      throw new IllegalStateException("demonym surface must not be blank");
    }
    getCountry().ifPresent(c -> {
      if (!EntryChecks.isCountryCode(c)) {
        throw new IllegalStateException("country '" + c + "' is not an ISO 3166-1 alpha-2 code");
      }
    });
  }
}
