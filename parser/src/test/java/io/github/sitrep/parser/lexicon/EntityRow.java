package io.github.sitrep.parser.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One row of an entity file (countries, regions, cities, forces, organisations). */
record EntityRow(TsvFile.Row row, Map<String, String> attributes) {

  static final String HEADER = "id\ttype\tkind\tname\taliases\tcountry\tparent\tattributes";

  static EntityRow of(TsvFile.Row row) {
    return new EntityRow(row, parseAttributes(row.cell(7)));
  }

  String id() {
    return row.cell(0);
  }

  String type() {
    return row.cell(1);
  }

  String kind() {
    return row.cell(2);
  }

  String name() {
    return row.cell(3);
  }

  List<String> aliases() {
    return values(row.cell(4));
  }

  String country() {
    return row.cell(5);
  }

  String parent() {
    return row.cell(6);
  }

  List<String> attribute(String key) {
    return values(attributes.getOrDefault(key, ""));
  }

  /** The name, then the aliases, then the demonyms: every surface form of the entry. */
  List<String> surfaces() {
    List<String> all = new ArrayList<>();
    all.add(name());
    all.addAll(aliases());
    all.addAll(attribute("demonyms"));
    return all;
  }

  String where() {
    return row.where() + " " + id();
  }

  static List<String> values(String cell) {
    return cell.isEmpty() ? List.of() : List.of(cell.split("\\|", -1));
  }

  /** Keeps a malformed pair under the key "" so that a check can report it. */
  private static Map<String, String> parseAttributes(String cell) {
    Map<String, String> map = new LinkedHashMap<>();
    if (cell.isEmpty()) {
      return map;
    }
    for (String pair : cell.split(";", -1)) {
      int eq = pair.indexOf('=');
      if (eq <= 0 || map.containsKey(pair.substring(0, eq))) {
        map.put("", pair);
      } else {
        map.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return map;
  }
}
