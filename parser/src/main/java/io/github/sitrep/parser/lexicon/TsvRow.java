package io.github.sitrep.parser.lexicon;

import java.util.List;
import java.util.Optional;

/** One data line of a lexicon file, read through its header. */
final class TsvRow {

  private final TsvHeader header;
  private final List<String> fields;

  TsvRow(TsvHeader header, List<String> fields) {
    this.header = header;
    this.fields = fields;
  }

  /** @return the column's value, or "" when the column is absent or the line is short */
  String get(String column) {
    int i = header.indexOf(column);
    return i < 0 || i >= fields.size() ? "" : fields.get(i);
  }

  /** @return the column's value, or empty when it is blank or "-" */
  Optional<String> optional(String column) {
    String value = get(column);
    return value.isEmpty() || value.equals("-") ? Optional.empty() : Optional.of(value);
  }

  /** @return the column's value; fails naming the column when it is blank */
  String required(String column) {
    return optional(column).orElseThrow(
        () -> new IllegalArgumentException("column '" + column + "' must not be empty"));
  }
}
