package io.github.sitrep.parser.internal.time;

/**
 * A period from a date to the reference day: "since 2019", "since October 8", "since early
 * 2022".
 *
 * @param start what the date after "since" says
 */
record SinceDate(DateMeaning start) implements DateMeaning {}
