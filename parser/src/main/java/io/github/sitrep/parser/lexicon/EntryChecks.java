package io.github.sitrep.parser.lexicon;

import io.github.sitrep.model.ForceKind;
import io.github.sitrep.model.PlaceKind;
import java.util.Arrays;

/** The invariants of a {@link LexiconEntry}, kept apart so that messages stay readable. */
final class EntryChecks {

  private EntryChecks() {}

  static void check(LexiconEntry entry) {
    require(!entry.getId().isBlank(), "id must not be blank");
    require(entry.getId().indexOf('\t') < 0, "id must not contain a tab");
    require(!entry.getName().isBlank(), "name must not be blank");
    require(isKindOf(entry.getType(), entry.getKind()), "kind '" + entry.getKind()
        + "' is not a kind of " + entry.getType() + "; expected one of "
        + Arrays.toString(kindsOf(entry.getType())));
    entry.getCountry().ifPresent(c -> require(isCountryCode(c),
        "country '" + c + "' is not an ISO 3166-1 alpha-2 code such as IQ"));
    for (String alias : entry.getAliases()) {
      require(!alias.isBlank(), "aliases must not be blank");
    }
  }

  static boolean isCountryCode(String code) {
    return code.length() == 2 && isUpperAscii(code.charAt(0)) && isUpperAscii(code.charAt(1));
  }

  private static boolean isUpperAscii(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isKindOf(EntryType type, String kind) {
    for (Enum<?> k : kindsOf(type)) {
      if (k.name().equals(kind)) {
        return true;
      }
    }
    return false;
  }

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

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }
}
