package io.github.sitrep.parser.internal.time;

import io.github.sitrep.model.DatePrecision;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A stretch of calendar days with the precision it is known to.
 *
 * @param precision how it was named
 * @param earliest the first day
 * @param latest the last day, not before the first
 */
record Period(DatePrecision precision, LocalDate earliest, LocalDate latest) {

  /**
   * @param day a day
   * @return that day
   */
  static Period day(LocalDate day) {
    return new Period(DatePrecision.DAY, day, day);
  }

  /**
   * @param month a month
   * @return the whole month
   */
  static Period month(YearMonth month) {
    return new Period(DatePrecision.MONTH, month.atDay(1), month.atEndOfMonth());
  }

  /**
   * @param year a year
   * @return the whole year
   */
  static Period year(int year) {
    return new Period(DatePrecision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }
}
