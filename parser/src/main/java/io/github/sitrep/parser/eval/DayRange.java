package io.github.sitrep.parser.eval;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An inclusive range of days: what an expected date means on the calendar.
 *
 * @param earliest the first day
 * @param latest the last day, not before {@code earliest}
 */
public record DayRange(LocalDate earliest, LocalDate latest) {

  /** Checks the bounds. */
  public DayRange {
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(latest, "latest");
    if (latest.isBefore(earliest)) {
      throw new IllegalArgumentException("latest " + latest + " is before earliest " + earliest);
    }
  }

  /**
   * Reads a day {@code 2017-12-03}, a month {@code 2017-12}, a year {@code 2017} or a range
   * of two of these separated by {@code /}.
   *
   * @param text the date as the expected file gives it
   * @return the range of days it covers
   * @throws IllegalArgumentException if the text is none of these
   */
  public static DayRange parse(String text) {
    String t = text.trim();
    int slash = t.indexOf('/');
    if (slash >= 0) {
      return new DayRange(parse(t.substring(0, slash)).earliest(),
          parse(t.substring(slash + 1)).latest());
    }
    try {
      if (t.length() == 4) {
        int year = Integer.parseInt(t);
        return new DayRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
      }
      if (t.length() == 7) {
        YearMonth month = YearMonth.parse(t);
        return new DayRange(month.atDay(1), month.atEndOfMonth());
      }
      LocalDate day = LocalDate.parse(t);
      return new DayRange(day, day);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException("not a date, month, year or range: " + text, e);
    }
  }

  /** @return the number of days covered, at least 1 */
  public long days() {
    return ChronoUnit.DAYS.between(earliest, latest) + 1;
  }

  /**
   * Whether a found range agrees with this expected one: the two share a day and the found
   * range is no longer than this one. A whole year found for "on Sunday" does not agree; a
   * week that starts a day earlier than the annotator's week does.
   *
   * @param found the range a parser gave
   * @return whether it agrees
   */
  public boolean agreesWith(DayRange found) {
    boolean overlap = !found.latest.isBefore(earliest) && !found.earliest.isAfter(latest);
    return overlap && found.days() <= days();
  }

  @Override
  public String toString() {
    return earliest.equals(latest) ? earliest.toString() : earliest + "/" + latest;
  }
}
