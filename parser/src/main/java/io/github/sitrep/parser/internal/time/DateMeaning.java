package io.github.sitrep.parser.internal.time;

/**
 * What a date expression says, before it is placed on the calendar: a calendar date with
 * some of its fields ({@link CalendarDate}), a weekday ({@link WeekdayDate}), a shift from
 * a known day ({@link RelativeDate}), a month of a relative year
 * ({@link MonthOfRelativeYear}), or a period from one of these to the reference day
 * ({@link SinceDate}).
 */
sealed interface DateMeaning permits CalendarDate, WeekdayDate, RelativeDate, SinceDate,
    MonthOfRelativeYear {}
