package io.github.sitrep.parser.internal.time;

import java.time.DayOfWeek;

/**
 * A weekday without a date: "on Sunday", "Saturday", "Sunday night", "last Monday".
 *
 * @param day the weekday
 * @param relation which such day it means
 */
record WeekdayDate(DayOfWeek day, Relation relation) implements DateMeaning {

  /** Which of the weekdays of that name is meant, seen from the reference day. */
  enum Relation {
    /** The latest on or before the reference day ("on Sunday" in a report); or, in a
     *  sentence about the future, the first on or after it. */
    NEAREST,
    /** The latest strictly before the reference day ("last Sunday"). */
    LAST,
    /** The first strictly after the reference day ("next Sunday"). */
    NEXT
  }
}
