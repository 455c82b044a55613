package io.github.sitrep.parser.internal.time;

import java.time.DayOfWeek;
import java.time.Month;

/**
 * A date given by calendar fields, any of which may be missing: "December 3, 2017",
 * "November 21", "in January", "in 2016", "late-2013", "Sunday, Dec. 3".
 *
 * @param year the year, or 0 when the text names none
 * @param month the month, or null when the text names none
 * @param day the day of the month, or 0 when the text names none
 * @param weekday the weekday written beside the date, or null
 * @param part the part of the year or month named
 */
record CalendarDate(int year, Month month, int day, DayOfWeek weekday, Part part)
    implements DateMeaning {

  /**
   * @param year a year
   * @return the whole year
   */
  static CalendarDate ofYear(int year) {
    return new CalendarDate(year, null, 0, null, Part.WHOLE);
  }

  /**
   * @param weekday the weekday written beside this date
   * @return this date with it
   */
  CalendarDate withWeekday(DayOfWeek weekday) {
    return new CalendarDate(year, month, day, weekday, part);
  }
}
