package io.github.sitrep.parser.internal.time;

/**
 * A period counted from a known day: "yesterday", "last week", "this month", "a year
 * earlier", "two days ago", "earlier this month", "the past two weeks".
 *
 * @param unit the unit counted in
 * @param shift how many units from the known day's period, negative for the past
 * @param fromPrevious whether the known day is the date mentioned just before ("a year
 *     earlier") rather than the reference day ("a year ago")
 * @param scope which part of the period is meant
 */
record RelativeDate(TimeUnit unit, int shift, boolean fromPrevious, Scope scope)
    implements DateMeaning {

  /** Which part of the period is meant. */
  enum Scope {
    /** All of it. */
    WHOLE,
    /** From its start to the known day: "earlier this month". */
    UNTIL_ANCHOR,
    /** From the known day to its end: "later this month". */
    FROM_ANCHOR,
    /** The {@code shift} units that end on the known day: "the past two weeks". */
    TRAILING
  }

  /**
   * @param unit the unit
   * @param shift the number of units, negative for the past
   * @return the whole period, counted from the reference day
   */
  static RelativeDate of(TimeUnit unit, int shift) {
    return new RelativeDate(unit, shift, false, Scope.WHOLE);
  }
}
