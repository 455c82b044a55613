package io.github.sitrep.parser.internal.time;

/** The calendar units relative dates count in. */
enum TimeUnit {
  /** A calendar day. */
  DAY,
  /** A week from Monday to Sunday. */
  WEEK,
  /** A calendar month. */
  MONTH,
  /** A calendar year. */
  YEAR
}
