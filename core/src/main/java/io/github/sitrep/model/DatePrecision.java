package io.github.sitrep.model;

/** How precisely a {@link TimeExpression} is known. */
public enum DatePrecision {
  /** One calendar day: earliest equals latest. */
  DAY,
  /** A calendar week or a stretch of a few days ("last week"). */
  WEEK,
  /** A calendar month. */
  MONTH,
  /** A calendar year. */
  YEAR,
  /** Any other range between earliest and latest ("late-2013"). */
  RANGE,
  /** Not placed on the calendar: no reference date, or an expression too vague to place. */
  UNRESOLVED
}
