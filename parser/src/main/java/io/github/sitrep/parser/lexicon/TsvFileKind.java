package io.github.sitrep.parser.lexicon;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The kinds of lexicon file, told apart by their header, and how each turns a row into data. */
enum TsvFileKind {
  ENTITIES(Set.of("id", "type", "kind", "name")) {
    @Override
    void add(TsvRow row, Lexicon.Builder out) {
      out.addEntry(entry(row));
    }
  },
  TITLES(Set.of("surface", "kind")) {
    @Override
    void add(TsvRow row, Lexicon.Builder out) {
      String surface = row.required("surface");
      TitleKind kind = TitleKind.valueOf(enumName(row.required("kind"), TitleKind.values()));
      out.addTitle(TitleEntry.of(surface, kind, row.optional("canonical").orElse(surface)));
    }
  },
  DEMONYMS(Set.of("surface", "country")) {
    @Override
    void add(TsvRow row, Lexicon.Builder out) {
      out.addDemonym(DemonymEntry.builder()
          .surface(row.required("surface"))
          .group(row.optional("group"))
          .country(row.optional("country").map(c -> c.toUpperCase(Locale.ROOT)))
          .build());
    }
  };

  private final Set<String> required;

  TsvFileKind(Set<String> required) {
    this.required = required;
  }

  boolean accepts(Set<String> columns) {
    return columns.containsAll(required);
  }

  abstract void add(TsvRow row, Lexicon.Builder out);

  private static LexiconEntry entry(TsvRow row) {
    EntryType type = EntryType.valueOf(enumName(row.required("type"), EntryType.values()));
    return LexiconEntry.builder()
        .id(row.required("id"))
        .type(type)
        .kind(row.required("kind").toUpperCase(Locale.ROOT))
        .name(row.required("name"))
        .aliases(row.optional("aliases").map(LexiconEntry::splitBars).orElse(java.util.List.of()))
        .country(row.optional("country").map(c -> c.toUpperCase(Locale.ROOT)))
        .parent(row.optional("parent"))
        .attributes(attributes(row.optional("attributes").orElse("")))
        .build();
  }

  static Map<String, String> attributes(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : text.split(";", -1)) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(
            "attribute '" + pair.strip() + "' is not of the form key=value");
      }
      out.put(pair.substring(0, eq).strip().toLowerCase(Locale.ROOT), pair.substring(eq + 1).strip());
    }
    return out;
  }

  private static String enumName(String value, Enum<?>[] allowed) {
    String name = value.toUpperCase(Locale.ROOT);
    for (Enum<?> e : allowed) {
      if (e.name().equals(name)) {
        return name;
      }
    }
    throw new IllegalArgumentException("'" + value + "' is not one of "
        + java.util.Arrays.toString(allowed));
  }
}
