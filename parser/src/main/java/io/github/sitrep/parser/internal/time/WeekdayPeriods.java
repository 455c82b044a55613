package io.github.sitrep.parser.internal.time;

import java.time.LocalDate;

/** Places weekdays against the reference day: see {@link DateResolver} for the rules. */
final class WeekdayPeriods {

  private static final int WEEK = 7;

  private WeekdayPeriods() {}

  /**
   * @param weekday the weekday and which one is meant
   * @param future whether the sentence speaks of the future
   * @param reference the publication date
   * @return the day meant
   */
  static LocalDate of(WeekdayDate weekday, boolean future, LocalDate reference) {
    int target = weekday.day().getValue();
    int today = reference.getDayOfWeek().getValue();
    int back = Math.floorMod(today - target, WEEK);
    int ahead = Math.floorMod(target - today, WEEK);
    switch (weekday.relation()) {
      case LAST:
        return reference.minusDays(back == 0 ? WEEK : back);
      case NEXT:
        return reference.plusDays(ahead == 0 ? WEEK : ahead);
      default:
        return future ? reference.plusDays(ahead) : reference.minusDays(back);
    }
  }
}
