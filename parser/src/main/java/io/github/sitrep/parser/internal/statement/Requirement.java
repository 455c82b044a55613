package io.github.sitrep.parser.internal.statement;

import java.util.Locale;

/** When a reporting cue counts; the {@code requires} column of {@code reporting-verbs.tsv}. */
public enum Requirement {
  /** Always. */
  ANY,
  /** Only next to a quotation. */
  QUOTE,
  /** Next to a quotation, or followed by "that". */
  QUOTE_OR_THAT;

  /**
   * @param field the column value: {@code any}, {@code quote} or {@code quote-or-that}
   * @return the requirement
   * @throws IllegalArgumentException for any other value
   */
  public static Requirement parse(String field) {
    return valueOf(field.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
