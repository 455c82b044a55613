package io.github.sitrep.parser.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The header line of a lexicon file: which columns it has and what kind of file it is. */
final class TsvHeader {

  static final String KNOWN = "'id type kind name aliases country parent attributes', "
      + "'surface kind canonical' or 'surface group country' (tab-separated)";

  private final Map<String, Integer> columns;
  private final TsvFileKind kind;

  private TsvHeader(Map<String, Integer> columns, TsvFileKind kind) {
    this.columns = columns;
    this.kind = kind;
  }

  static TsvHeader of(List<String> names, String source, int line) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).toLowerCase(Locale.ROOT);
      if (columns.putIfAbsent(name, i) != null) {
        throw new LexiconFormatException(source, line, "column '" + name + "' appears twice");
      }
    }
    for (TsvFileKind kind : TsvFileKind.values()) {
      if (kind.accepts(columns.keySet())) {
        return new TsvHeader(columns, kind);
      }
    }
    throw new LexiconFormatException(source, line,
        "header " + names + " is not a lexicon header; expected " + KNOWN);
  }

  TsvFileKind kind() {
    return kind;
  }

  int size() {
    return columns.size();
  }

  /** @return the column's index, or -1 when the file has no such column */
  int indexOf(String column) {
    return columns.getOrDefault(column, -1);
  }
}
