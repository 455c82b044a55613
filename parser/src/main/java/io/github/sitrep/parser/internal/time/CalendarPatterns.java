package io.github.sitrep.parser.internal.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

/**
 * Reads calendar dates at a token: "December 3, 2017", "Jan. 13", "3 December 2017",
 * "3rd of December", "December 2017", "in January", "2017-12-03", "late-2013", "mid 2015",
 * "early January", "November last year", "Sunday", "Sunday night", "Sunday, Dec. 3", and
 * bare years ("2014").
 * Month and weekday names must be capitalised. Each pattern reads at most eight tokens.
 */
final class CalendarPatterns {

  private final Tokens t;
  private final YearRule years;

  /**
   * @param tokens the tokens to read
   */
  CalendarPatterns(Tokens tokens) {
    this.t = tokens;
    this.years = new YearRule(tokens);
  }

  /**
   * @param i a token index
   * @return the calendar date starting there, or null
   */
  DateMatch at(int i) {
    DateMatch m = parted(i);
    if (m == null) {
      m = weekday(i);
    }
    if (m == null) {
      m = monthFirst(i);
    }
    if (m == null) {
      m = dayFirst(i);
    }
    if (m == null) {
      m = iso(i);
    }
    if (m == null && years.isYear(i)) {
      m = new DateMatch(i, i, CalendarDate.ofYear(t.value(i)));
    }
    return m;
  }

  /** "late-2013", "early 2014", "mid-December", "late December 2016". */
  private DateMatch parted(int i) {
    Part part = part(t.word(i));
    if (part == null) {
      return null;
    }
    int j = t.isChar(i + 1, '-') && !t.spaceBefore(i + 1) ? i + 2 : i + 1;
    if (fullYear(j)) {
      return new DateMatch(i, j, new CalendarDate(t.value(j), null, 0, null, part));
    }
    Month month = capitalisedMonth(j, false);
    if (month == null) {
      return null;
    }
    int year = fullYear(j + 1) ? t.value(j + 1) : 0;
    return new DateMatch(i, year > 0 ? j + 1 : j, new CalendarDate(year, month, 0, null, part));
  }

  private static Part part(String word) {
    if (RelativeWords.EARLY.equals(word)) {
      return Part.EARLY;
    }
    if (RelativeWords.MID.equals(word)) {
      return Part.MID;
    }
    return RelativeWords.LATE.equals(word) ? Part.LATE : null;
  }

  /** "Sunday", "Sunday night", "Sunday, December 3, 2017". */
  private DateMatch weekday(int i) {
    DayOfWeek day = t.isCapitalised(i) ? CalendarWords.weekday(t.word(i)) : null;
    if (day == null) {
      return null;
    }
    int j = t.isChar(i + 1, ',') ? i + 2 : i + 1;
    DateMatch dated = monthDay(j);
    if (dated != null) {
      CalendarDate date = ((CalendarDate) dated.meaning()).withWeekday(day);
      return new DateMatch(i, dated.last(), date);
    }
    int last = CalendarWords.DAY_PARTS.contains(t.word(i + 1)) ? i + 1 : i;
    return new DateMatch(i, last, new WeekdayDate(day, WeekdayDate.Relation.NEAREST));
  }

  /** A month followed by a day or a year, or a month alone where the words allow it. */
  private DateMatch monthFirst(int i) {
    DateMatch m = monthDay(i);
    if (m != null) {
      return m;
    }
    Month month = capitalisedMonth(i, false);
    if (month == null) {
      return null;
    }
    if (fullYear(i + 1)) {
      return new DateMatch(i, i + 1, new CalendarDate(t.value(i + 1), month, 0, null, Part.WHOLE));
    }
    int shift = yearShift(i + 1);
    if (shift != NO_SHIFT) {
      return new DateMatch(i, i + 2, new MonthOfRelativeYear(month, shift));
    }
    if (month == Month.MAY && !CalendarWords.MONTH_CUES.contains(t.word(i - 1))) {
      return null;
    }
    return new DateMatch(i, i, new CalendarDate(0, month, 0, null, Part.WHOLE));
  }

  private static final int NO_SHIFT = Integer.MIN_VALUE;

  /** "last year", "this year", "next year" after a month, as a shift; else NO_SHIFT. */
  private int yearShift(int i) {
    if (!t.isWord(i + 1, "year")) {
      return NO_SHIFT;
    }
    String w = t.word(i);
    if (RelativeWords.LAST.equals(w)) {
      return -1;
    }
    if (RelativeWords.NEXT.equals(w)) {
      return 1;
    }
    return RelativeWords.THIS.equals(w) ? 0 : NO_SHIFT;
  }

  /** "December 3", "Dec. 3, 2017", "November 21st 2017". */
  private DateMatch monthDay(int i) {
    Month month = capitalisedMonth(i, true);
    if (month == null) {
      return null;
    }
    boolean abbreviated = CalendarWords.fullMonth(t.word(i)) == null;
    int j = abbreviated && t.isChar(i + 1, '.') && !t.spaceBefore(i + 1) ? i + 2 : i + 1;
    int day = day(j);
    if (day == 0) {
      return null;
    }
    int last = ordinal(j) ? j + 1 : j;
    int y = t.isChar(last + 1, ',') ? last + 2 : last + 1;
    if (fullYear(y)) {
      return new DateMatch(i, y, new CalendarDate(t.value(y), month, day, null, Part.WHOLE));
    }
    return new DateMatch(i, last, new CalendarDate(0, month, day, null, Part.WHOLE));
  }

  /** "3 December", "3rd of December 2017". */
  private DateMatch dayFirst(int i) {
    int day = day(i);
    if (day == 0) {
      return null;
    }
    int j = ordinal(i) ? i + 2 : i + 1;
    j = t.isWord(j, RelativeWords.OF) ? j + 1 : j;
    Month month = capitalisedMonth(j, true);
    if (month == null) {
      return null;
    }
    int last = t.isChar(j + 1, '.') && !t.spaceBefore(j + 1) && fullYear(j + 2) ? j + 1 : j;
    if (fullYear(last + 1)) {
      int year = t.value(last + 1);
      return new DateMatch(i, last + 1, new CalendarDate(year, month, day, null, Part.WHOLE));
    }
    return new DateMatch(i, j, new CalendarDate(0, month, day, null, Part.WHOLE));
  }

  /** "2017-12-03". */
  private DateMatch iso(int i) {
    if (t.digits(i) != 4 || t.digits(i + 2) != 2 || t.digits(i + 4) != 2
        || !adjacentChar(i + 1, '-') || !adjacentChar(i + 3, '-')
        || t.spaceBefore(i + 2) || t.spaceBefore(i + 4)) {
      return null;
    }
    try {
      LocalDate date = LocalDate.of(t.value(i), t.value(i + 2), t.value(i + 4));
      return new DateMatch(i, i + 4, new CalendarDate(date.getYear(), date.getMonth(),
          date.getDayOfMonth(), null, Part.WHOLE));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private boolean adjacentChar(int i, char c) {
    return t.isChar(i, c) && !t.spaceBefore(i);
  }

  private Month capitalisedMonth(int i, boolean abbreviationAllowed) {
    if (!t.isCapitalised(i)) {
      return null;
    }
    return abbreviationAllowed ? CalendarWords.anyMonth(t.word(i))
        : CalendarWords.fullMonth(t.word(i));
  }

  /** A day number: one or two digits, 1 to 31, not glued to a letter other than an ordinal. */
  private int day(int i) {
    int digits = t.digits(i);
    int value = t.value(i);
    boolean glued = t.is(i + 1, Tokens.WORD) && !t.spaceBefore(i + 1) && !ordinal(i);
    return digits >= 1 && digits <= 2 && value >= 1 && value <= 31 && !glued ? value : 0;
  }

  private boolean ordinal(int i) {
    return t.is(i + 1, Tokens.WORD) && !t.spaceBefore(i + 1)
        && CalendarWords.ORDINALS.contains(t.word(i + 1));
  }

  private boolean fullYear(int i) {
    int value = t.value(i);
    return t.digits(i) == 4 && value >= 1000 && value <= 2999;
  }
}
