package io.github.sitrep.parser.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The bundled lexicon files and what each entity file may hold. */
final class LexiconFiles {

  /** What an entity file may hold: its type, its kinds and its id prefixes. */
  record Expect(String type, Set<String> kinds, Set<String> prefixes) {}

  static final Map<String, Expect> ENTITY = new LinkedHashMap<>();

  static {
    ENTITY.put("countries.tsv", new Expect("PLACE", Set.of("COUNTRY"), Set.of("country")));
    ENTITY.put("regions.tsv", new Expect("PLACE",
        Set.of("REGION", "PROVINCE", "DISTRICT", "RIVER", "VALLEY", "BORDER", "CROSSING", "BASE",
            "OTHER"),
        Set.of("region", "river", "valley", "border", "crossing", "base", "place")));
    ENTITY.put("cities.tsv", new Expect("PLACE", Set.of("CITY", "VILLAGE"), Set.of("city")));
    ENTITY.put("forces.tsv", new Expect("FORCE",
        Set.of("STATE", "NON_STATE", "MILITIA", "COALITION", "TERRORIST", "OTHER"),
        Set.of("force")));
    ENTITY.put("organisations.tsv", new Expect("ORGANISATION",
        Set.of("GOVERNMENT", "MINISTRY", "MEDIA", "INTERNATIONAL", "NGO", "OTHER"),
        Set.of("org")));
  }

  /** Files that every build must bundle. */
  static final List<String> REQUIRED = List.of("countries.tsv", "regions.tsv", "cities.tsv",
      "forces.tsv", "organisations.tsv", "titles.tsv", "demonyms-extra.tsv");

  /** Every file the checks know. */
  static final List<String> ALL = List.of("countries.tsv", "regions.tsv", "cities.tsv",
      "forces.tsv", "organisations.tsv", "titles.tsv", "demonyms-extra.tsv");

  private LexiconFiles() {}

  static List<EntityRow> rows(String file) {
    if (!TsvFile.exists(file)) {
      return List.of();
    }
    return TsvFile.read(file).rows().stream().map(EntityRow::of).toList();
  }

  static List<EntityRow> allEntities() {
    List<EntityRow> all = new ArrayList<>();
    ENTITY.keySet().forEach(f -> all.addAll(rows(f)));
    return all;
  }

  static Map<String, EntityRow> byId() {
    Map<String, EntityRow> map = new LinkedHashMap<>();
    allEntities().forEach(e -> map.putIfAbsent(e.id(), e));
    return map;
  }

  static Set<String> countryCodes() {
    Set<String> codes = new TreeSet<>();
    rows("countries.tsv").forEach(c -> codes.add(c.country()));
    return codes;
  }
}
