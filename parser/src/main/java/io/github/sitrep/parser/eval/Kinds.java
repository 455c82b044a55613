package io.github.sitrep.parser.eval;

import io.github.sitrep.model.ForceKind;
import io.github.sitrep.model.PlaceKind;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads the kind words of expected files as the model's kinds. */
final class Kinds {

  private static final Map<String, ForceKind> FORCE_WORDS = Map.of(
      "government", ForceKind.STATE,
      "rebel", ForceKind.NON_STATE,
      "armed group", ForceKind.NON_STATE);

  private static final Map<String, PlaceKind> PLACE_WORDS = Map.ofEntries(
      Map.entry("town", PlaceKind.CITY),
      Map.entry("capital", PlaceKind.CITY),
      Map.entry("governorate", PlaceKind.PROVINCE),
      Map.entry("state", PlaceKind.PROVINCE),
      Map.entry("oblast", PlaceKind.PROVINCE),
      Map.entry("county", PlaceKind.DISTRICT),
      Map.entry("raion", PlaceKind.DISTRICT),
      Map.entry("border crossing", PlaceKind.CROSSING),
      Map.entry("border post", PlaceKind.CROSSING),
      Map.entry("air base", PlaceKind.BASE),
      Map.entry("camp", PlaceKind.BASE));

  private Kinds() {}

  /**
   * @param word a force kind as an expected file writes it: "non-state", "state"
   * @return the model's kind, empty when the word is none
   */
  static Optional<ForceKind> force(String word) {
    String key = key(word);
    ForceKind mapped = FORCE_WORDS.get(key);
    return mapped != null ? Optional.of(mapped) : constant(ForceKind.class, key);
  }

  /**
   * @param word a place kind as an expected file writes it: "city", "province"
   * @return the model's kind, empty when the word is none
   */
  static Optional<PlaceKind> place(String word) {
    String key = key(word);
    PlaceKind mapped = PLACE_WORDS.get(key);
    return mapped != null ? Optional.of(mapped) : constant(PlaceKind.class, key);
  }

  private static String key(String word) {
    return word.trim().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static <K extends Enum<K>> Optional<K> constant(Class<K> type, String key) {
    String name = key.replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT);
    for (K k : type.getEnumConstants()) {
      if (k.name().equals(name)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
