package io.github.sitrep.parser.internal.time;

import io.github.sitrep.model.DatePrecision;
import io.github.sitrep.model.ImmutableTimeExpression;
import io.github.sitrep.model.Span;
import io.github.sitrep.model.TimeExpression;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Places a {@link DateMeaning} on the calendar.
 *
 * <ul>
 *   <li>A date with its year is placed without a reference day.
 *   <li>A month and day without a year take the year that puts them on or before the
 *       reference day (December 20 in an article of January 5 is the previous year's), or on
 *       or after it when the sentence speaks of the future. A month alone is read the same
 *       way at month precision.
 *   <li>A bare weekday is the latest such day on or before the reference day (the reference
 *       day itself counts), or the first on or after it in a sentence about the future;
 *       "last Sunday" is strictly before, "next Sunday" strictly after.
 *   <li>"last week", "this month", "yesterday", "overnight", "November last year" count
 *       from the reference day; "a year earlier", "hours later", "the same day" count from
 *       the date mentioned just before, or from the reference day when none was.
 *   <li>"since X" runs from the first day of X to the reference day.
 *   <li>Without the day it needs, an expression stays {@link DatePrecision#UNRESOLVED},
 *       keeping the weekday, month, day and year the text names; nothing is invented.
 * </ul>
 */
final class DateResolver {

  private DateResolver() {}

  /**
   * @param text the expression's text
   * @param span where it stands
   * @param meaning what it says
   * @param future whether its sentence speaks of the future
   * @param reference the publication date, if known
   * @param previous the date of the expression before it, if any was placed
   * @return the normalised expression
   */
  static TimeExpression resolve(String text, Span span, DateMeaning meaning, boolean future,
      Optional<LocalDate> reference, Optional<LocalDate> previous) {
    ImmutableTimeExpression.Builder b = TimeExpression.builder().text(text).span(span);
    Period period = place(b, meaning, future, reference, previous);
    if (period == null) {
      return b.precision(DatePrecision.UNRESOLVED).build();
    }
    return b.precision(period.precision()).earliest(period.earliest()).latest(period.latest())
        .build();
  }

  /** Sets the fields the text names and returns the period, or null if it has none. */
  private static Period place(ImmutableTimeExpression.Builder b, DateMeaning meaning,
      boolean future, Optional<LocalDate> reference, Optional<LocalDate> previous) {
    Period period;
    if (meaning instanceof SinceDate) {
      Period start = place(b, ((SinceDate) meaning).start(), false, reference, previous);
      boolean placed = start != null && reference.isPresent()
          && !start.earliest().isAfter(reference.get());
      return placed ? new Period(DatePrecision.RANGE, start.earliest(), reference.get()) : null;
    } else if (meaning instanceof MonthOfRelativeYear) {
      MonthOfRelativeYear m = (MonthOfRelativeYear) meaning;
      b.month(m.month());
      period = reference.map(r -> Period.month(YearMonth.of(r.getYear() + m.yearShift(),
          m.month()))).orElse(null);
    } else if (meaning instanceof CalendarDate) {
      CalendarDate date = (CalendarDate) meaning;
      fields(b, date);
      period = CalendarPeriods.of(date, future, reference);
    } else if (meaning instanceof WeekdayDate) {
      WeekdayDate weekday = (WeekdayDate) meaning;
      b.weekday(weekday.day());
      period = reference.map(r -> Period.day(WeekdayPeriods.of(weekday, future, r))).orElse(null);
    } else {
      RelativeDate relative = (RelativeDate) meaning;
      Optional<LocalDate> anchor = relative.fromPrevious()
          ? previous.or(() -> reference) : reference;
      period = anchor.map(a -> RelativePeriods.of(relative, a)).orElse(null);
    }
    return period;
  }

  private static void fields(ImmutableTimeExpression.Builder b, CalendarDate date) {
    if (date.year() > 0) {
      b.year(date.year());
    }
    if (date.month() != null) {
      b.month(date.month());
    }
    if (date.day() > 0) {
      b.dayOfMonth(date.day());
    }
    if (date.weekday() != null) {
      b.weekday(date.weekday());
    }
  }
}
