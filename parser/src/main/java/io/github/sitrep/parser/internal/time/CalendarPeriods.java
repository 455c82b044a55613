package io.github.sitrep.parser.internal.time;

import io.github.sitrep.model.DatePrecision;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Optional;

/** Places calendar dates: see {@link DateResolver} for the rules. */
final class CalendarPeriods {

  private CalendarPeriods() {}

  /**
   * @param date the calendar fields
   * @param future whether the sentence speaks of the future
   * @param reference the publication date, if known
   * @return the period, or null if it cannot be placed
   */
  static Period of(CalendarDate date, boolean future, Optional<LocalDate> reference) {
    if (date.month() == null) {
      return date.year() > 0 ? yearPart(date.year(), date.part()) : null;
    }
    int year = date.year() > 0 ? date.year()
        : reference.map(r -> inferYear(date.month(), date.day(), future, r)).orElse(0);
    if (year == 0) {
      return null;
    }
    if (date.day() == 0) {
      return monthPart(YearMonth.of(year, date.month()), date.part());
    }
    try {
      return Period.day(LocalDate.of(year, date.month(), date.day()));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The year that puts the month (and day) on or before the reference, or after it. */
  private static int inferYear(Month month, int day, boolean future, LocalDate reference) {
    int year = reference.getYear();
    int sameYear = compare(month, day, reference);
    if (!future && sameYear > 0) {
      return year - 1;
    }
    return future && sameYear < 0 ? year + 1 : year;
  }

  /** Compares month and day (or the month alone when day is 0) with the reference's. */
  private static int compare(Month month, int day, LocalDate reference) {
    int c = Integer.compare(month.getValue(), reference.getMonthValue());
    return c != 0 || day == 0 ? c : Integer.compare(day, reference.getDayOfMonth());
  }

  private static Period yearPart(int year, Part part) {
    switch (part) {
      case EARLY:
        return range(LocalDate.of(year, 1, 1), LocalDate.of(year, 4, 30));
      case MID:
        return range(LocalDate.of(year, 5, 1), LocalDate.of(year, 8, 31));
      case LATE:
        return range(LocalDate.of(year, 9, 1), LocalDate.of(year, 12, 31));
      default:
        return Period.year(year);
    }
  }

  private static Period monthPart(YearMonth month, Part part) {
    switch (part) {
      case EARLY:
        return range(month.atDay(1), month.atDay(10));
      case MID:
        return range(month.atDay(11), month.atDay(20));
      case LATE:
        return range(month.atDay(21), month.atEndOfMonth());
      default:
        return Period.month(month);
    }
  }

  private static Period range(LocalDate earliest, LocalDate latest) {
    return new Period(DatePrecision.RANGE, earliest, latest);
  }
}
