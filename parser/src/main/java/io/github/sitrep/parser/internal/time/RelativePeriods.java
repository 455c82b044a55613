package io.github.sitrep.parser.internal.time;

import io.github.sitrep.model.DatePrecision;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/** Places relative dates against a known day: see {@link DateResolver} for the rules. */
final class RelativePeriods {

  private RelativePeriods() {}

  /**
   * @param relative the relative date
   * @param anchor the day it counts from
   * @return the period meant
   */
  static Period of(RelativeDate relative, LocalDate anchor) {
    if (relative.scope() == RelativeDate.Scope.TRAILING) {
      return new Period(DatePrecision.RANGE, back(relative.unit(), relative.shift(), anchor)
          .plusDays(1), anchor);
    }
    Period whole = shifted(relative.unit(), relative.shift(), anchor);
    switch (relative.scope()) {
      case UNTIL_ANCHOR:
        return new Period(DatePrecision.RANGE, whole.earliest(), anchor);
      case FROM_ANCHOR:
        return new Period(DatePrecision.RANGE, anchor, whole.latest());
      default:
        return whole;
    }
  }

  private static LocalDate back(TimeUnit unit, int count, LocalDate anchor) {
    switch (unit) {
      case DAY:
        return anchor.minusDays(count);
      case WEEK:
        return anchor.minusWeeks(count);
      case MONTH:
        return anchor.minusMonths(count);
      default:
        return anchor.minusYears(count);
    }
  }

  private static Period shifted(TimeUnit unit, int shift, LocalDate anchor) {
    switch (unit) {
      case DAY:
        return Period.day(anchor.plusDays(shift));
      case WEEK:
        LocalDate monday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .plusWeeks(shift);
        return new Period(DatePrecision.WEEK, monday, monday.plusDays(6));
      case MONTH:
        return Period.month(YearMonth.from(anchor).plusMonths(shift));
      default:
        return Period.year(anchor.getYear() + shift);
    }
  }
}
