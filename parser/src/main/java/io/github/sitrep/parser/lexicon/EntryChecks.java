package io.github.sitrep.parser.lexicon;

import io.github.sitrep.model.ForceKind;
import io.github.sitrep.model.PlaceKind;
import java.util.Arrays;

/** The invariants of a {@link LexiconEntry}, kept apart so that messages stay readable. */
final class EntryChecks {

  private EntryChecks() {}

  static void check(LexiconEntry entry) {
    if (entry.getId().isBlank() || entry.getId().indexOf('\t') >= 0) {
      fail("id must not be blank or contain a tab");
    }
    if (entry.getName().isBlank()) {
      fail("name must not be blank");
    }
    if (!isKindOf(entry.getType(), entry.getKind())) {
      fail("kind '" + entry.getKind() + "' is not a kind of " + entry.getType()
          + "; expected one of " + Arrays.toString(kindsOf(entry.getType())));
    }
    String country = entry.getCountry().orElse("IQ");
    if (!isCountryCode(country)) {
      fail("country '" + country + "' is not an ISO 3166-1 alpha-2 code such as IQ");
    }
    for (String alias : entry.getAliases()) {
      if (alias.isBlank()) {
        fail("aliases must not be blank");
      }
    }
  }

  static boolean isCountryCode(String code) {
    return code.length() == 2 && isUpperAscii(code.charAt(0)) && isUpperAscii(code.charAt(1));
  }

  private static boolean isUpperAscii(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isKindOf(EntryType type, String kind) {
    for (Enum<?> k : KINDS.get(type)) {
      if (k.name().equals(kind)) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Map<EntryType, Enum<?>[]> KINDS = java.util.Map.of(
      EntryType.PLACE, PlaceKind.values(), EntryType.FORCE, ForceKind.values(),
      EntryType.ORGANISATION, OrganisationKind.values());

  private static Enum<?>[] kindsOf(EntryType type) {
    switch (type) {
      case PLACE:
        return PlaceKind.values();
      case FORCE:
        return ForceKind.values();
      default:
        return OrganisationKind.values();
    }
  }

  private static void fail(String message) {
    throw new IllegalStateException(message);
  }
}
