package io.github.sitrep.parser.internal.time;

/** Which part of a year or month an expression names: "early 2014", "mid-2015", "late-2013". */
enum Part {
  /** The whole period. */
  WHOLE,
  /** January to April of a year; days 1 to 10 of a month. */
  EARLY,
  /** May to August of a year; days 11 to 20 of a month. */
  MID,
  /** September to December of a year; day 21 to the end of a month. */
  LATE
}
