package io.github.sitrep.parser.internal.time;

/**
 * What a date expression says, before it is placed on the calendar: a calendar date with
 * some of its fields ({@link CalendarDate}), a weekday ({@link WeekdayDate}) or a shift from
 * a known day ({@link RelativeDate}).
 */
sealed interface DateMeaning permits CalendarDate, WeekdayDate, RelativeDate {}
