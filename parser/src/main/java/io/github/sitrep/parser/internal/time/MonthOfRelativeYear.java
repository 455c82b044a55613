package io.github.sitrep.parser.internal.time;

import java.time.Month;

/**
 * A month of a year named relative to the reference day: "in November last year", "in March
 * next year".
 *
 * @param month the month
 * @param yearShift the year's distance from the reference day's year
 */
record MonthOfRelativeYear(Month month, int yearShift) implements DateMeaning {}
