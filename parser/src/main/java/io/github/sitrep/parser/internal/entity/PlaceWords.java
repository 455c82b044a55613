package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.model.PlaceKind;
import java.util.Map;

/**
 * Words that make the name before them a place of a kind: "Anbar province", "the Euphrates
 * River", "Euphrates Valley", "al-Qaim crossing", "Ain al-Asad air base". Administrative
 * words are left out of the place's name ("Anbar"); words for features stay in it
 * ("Euphrates River").
 */
final class PlaceWords {

  private PlaceWords() {}

  /** Administrative and settlement words: not part of the name. */
  static final Map<String, PlaceKind> ADMIN = Map.ofEntries(
      Map.entry("province", PlaceKind.PROVINCE), Map.entry("governorate", PlaceKind.PROVINCE),
      Map.entry("oblast", PlaceKind.PROVINCE), Map.entry("prefecture", PlaceKind.PROVINCE),
      Map.entry("wilaya", PlaceKind.PROVINCE), Map.entry("state", PlaceKind.PROVINCE),
      Map.entry("region", PlaceKind.REGION), Map.entry("district", PlaceKind.DISTRICT),
      Map.entry("county", PlaceKind.DISTRICT), Map.entry("subdistrict", PlaceKind.DISTRICT),
      Map.entry("raion", PlaceKind.DISTRICT), Map.entry("municipality", PlaceKind.DISTRICT),
      Map.entry("town", PlaceKind.CITY), Map.entry("city", PlaceKind.CITY),
      Map.entry("village", PlaceKind.VILLAGE), Map.entry("hamlet", PlaceKind.VILLAGE),
      Map.entry("chiefdom", PlaceKind.OTHER), Map.entry("territory", PlaceKind.DISTRICT));

  /** Feature words: part of the name. */
  static final Map<String, PlaceKind> FEATURE = Map.ofEntries(
      Map.entry("river", PlaceKind.RIVER), Map.entry("valley", PlaceKind.VALLEY),
      Map.entry("basin", PlaceKind.VALLEY), Map.entry("crossing", PlaceKind.CROSSING),
      Map.entry("checkpoint", PlaceKind.CROSSING), Map.entry("base", PlaceKind.BASE),
      Map.entry("airbase", PlaceKind.BASE), Map.entry("airport", PlaceKind.OTHER),
      Map.entry("airfield", PlaceKind.BASE), Map.entry("mountains", PlaceKind.OTHER),
      Map.entry("desert", PlaceKind.REGION), Map.entry("dam", PlaceKind.OTHER),
      Map.entry("camp", PlaceKind.OTHER),
      Map.entry("sea", PlaceKind.OTHER), Map.entry("lake", PlaceKind.OTHER),
      Map.entry("corridor", PlaceKind.REGION), Map.entry("plain", PlaceKind.REGION),
      Map.entry("plains", PlaceKind.REGION), Map.entry("hills", PlaceKind.OTHER),
      Map.entry("heights", PlaceKind.REGION), Map.entry("bridge", PlaceKind.OTHER),
      Map.entry("port", PlaceKind.OTHER), Map.entry("gulf", PlaceKind.OTHER),
      Map.entry("strait", PlaceKind.OTHER), Map.entry("peninsula", PlaceKind.REGION),
      Map.entry("neighbourhood", PlaceKind.OTHER), Map.entry("neighborhood", PlaceKind.OTHER),
      Map.entry("square", PlaceKind.OTHER), Map.entry("oasis", PlaceKind.OTHER),
      Map.entry("highway", PlaceKind.OTHER), Map.entry("road", PlaceKind.OTHER));

  /** Plural kind words after a list of names: "the Odesa, Mykolaiv and Dnipropetrovsk regions". */
  static final Map<String, PlaceKind> PLURALS = Map.of("provinces", PlaceKind.PROVINCE,
      "governorates", PlaceKind.PROVINCE, "oblasts", PlaceKind.PROVINCE,
      "regions", PlaceKind.REGION, "districts", PlaceKind.DISTRICT,
      "states", PlaceKind.PROVINCE, "villages", PlaceKind.VILLAGE, "towns", PlaceKind.CITY,
      "cities", PlaceKind.CITY, "counties", PlaceKind.DISTRICT);

  /** Words before a name that make it a place: "the town of X", "Mount X", "Lake X". */
  static final Map<String, PlaceKind> BEFORE_OF = Map.of("town", PlaceKind.CITY,
      "city", PlaceKind.CITY, "village", PlaceKind.VILLAGE, "province", PlaceKind.PROVINCE,
      "governorate", PlaceKind.PROVINCE, "district", PlaceKind.DISTRICT,
      "region", PlaceKind.REGION, "hamlet", PlaceKind.VILLAGE, "port", PlaceKind.CITY);

  static PlaceKind kindOf(String key) {
    PlaceKind k = ADMIN.get(key);
    return k != null ? k : FEATURE.get(key);
  }
}
