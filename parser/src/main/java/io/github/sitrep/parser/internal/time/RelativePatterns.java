package io.github.sitrep.parser.internal.time;

import static io.github.sitrep.parser.internal.time.RelativeWords.AGO;
import static io.github.sitrep.parser.internal.time.RelativeWords.EARLIER;
import static io.github.sitrep.parser.internal.time.RelativeWords.LAST;
import static io.github.sitrep.parser.internal.time.RelativeWords.LATER;
import static io.github.sitrep.parser.internal.time.RelativeWords.NEXT;
import static io.github.sitrep.parser.internal.time.RelativeWords.NIGHT;
import static io.github.sitrep.parser.internal.time.RelativeWords.PAST;
import static io.github.sitrep.parser.internal.time.RelativeWords.THIS;

import java.time.DayOfWeek;

/**
 * Reads relative dates at a token: "yesterday", "today", "last night", "last week", "this
 * month", "next year", "last Sunday", "earlier this month", "a year earlier", "two days
 * ago", "the past two weeks", "overnight", "hours later", "the same day". Each pattern
 * reads at most four tokens.
 */
final class RelativePatterns {

  private final Tokens t;

  /**
   * @param tokens the tokens to read
   */
  RelativePatterns(Tokens tokens) {
    this.t = tokens;
  }

  /**
   * @param i a token index
   * @return the relative date starting there, or null
   */
  DateMatch at(int i) {
    String w = t.word(i);
    if (w.isEmpty()) {
      return null;
    }
    DateMatch m = singleWord(i, w);
    if (m == null) {
      m = lastThisNext(i, w);
    }
    if (m == null) {
      m = earlierThis(i, w);
    }
    if (m == null) {
      m = trailing(i, w);
    }
    if (m == null) {
      m = sameDay(i, w);
    }
    return m == null ? counted(i, w) : m;
  }

  private DateMatch singleWord(int i, String w) {
    switch (w) {
      case RelativeWords.YESTERDAY:
        return new DateMatch(i, i, RelativeDate.of(TimeUnit.DAY, -1));
      case RelativeWords.TODAY:
      case RelativeWords.TONIGHT:
        return new DateMatch(i, i, RelativeDate.of(TimeUnit.DAY, 0));
      case RelativeWords.TOMORROW:
        return new DateMatch(i, i, RelativeDate.of(TimeUnit.DAY, 1));
      case RelativeWords.OVERNIGHT:
        return overnight(i);
      default:
        return null;
    }
  }

  /** "last week", "this month", "next year", "last night", "last Sunday". */
  private DateMatch lastThisNext(int i, String w) {
    int shift = LAST.equals(w) ? -1 : NEXT.equals(w) ? 1 : THIS.equals(w) ? 0 : 2;
    if (shift == 2) {
      return null;
    }
    String next = t.word(i + 1);
    TimeUnit unit = next.endsWith("s") ? null : CalendarWords.UNITS.get(next);
    if (unit != null && unit != TimeUnit.DAY) {
      return new DateMatch(i, i + 1, RelativeDate.of(unit, shift));
    }
    if (shift == -1 && NIGHT.equals(next)) {
      return new DateMatch(i, i + 1, RelativeDate.of(TimeUnit.DAY, -1));
    }
    DayOfWeek day = t.isCapitalised(i + 1) ? CalendarWords.weekday(next) : null;
    if (day == null) {
      return null;
    }
    WeekdayDate.Relation relation = shift < 0 ? WeekdayDate.Relation.LAST
        : shift > 0 ? WeekdayDate.Relation.NEXT : WeekdayDate.Relation.NEAREST;
    return new DateMatch(i, i + 1, new WeekdayDate(day, relation));
  }

  /** "earlier this month", "later this year". */
  private DateMatch earlierThis(int i, String w) {
    boolean earlier = EARLIER.equals(w);
    if (!earlier && !LATER.equals(w) || !t.isWord(i + 1, THIS)) {
      return null;
    }
    TimeUnit unit = CalendarWords.UNITS.get(t.word(i + 2));
    if (unit == null || unit == TimeUnit.DAY || t.word(i + 2).endsWith("s")) {
      return null;
    }
    RelativeDate.Scope scope = earlier ? RelativeDate.Scope.UNTIL_ANCHOR
        : RelativeDate.Scope.FROM_ANCHOR;
    return new DateMatch(i, i + 2, new RelativeDate(unit, 0, false, scope));
  }

  /** "overnight": the night before the reference day, so that day and the one before. */
  private DateMatch overnight(int i) {
    if (t.isCapitalised(i + 1) && CalendarWords.weekday(t.word(i + 1)) != null) {
      return null;
    }
    return new DateMatch(i, i, new RelativeDate(TimeUnit.DAY, 2, false,
        RelativeDate.Scope.TRAILING));
  }

  /**
   * The day (or month, or year) of the date mentioned before: "hours later", "earlier in
   * the day", "later that day", "the same day", "the same month".
   */
  private DateMatch sameDay(int i, String w) {
    boolean earlierOrLater = EARLIER.equals(w) || LATER.equals(w);
    if (RelativeWords.HOURS.equals(w) && (t.isWord(i + 1, EARLIER) || t.isWord(i + 1, LATER))) {
      return previous(i, i + 1, TimeUnit.DAY);
    }
    if (earlierOrLater && t.isWord(i + 1, RelativeWords.IN) && t.isWord(i + 2, RelativeWords.THE)
        && t.isWord(i + 3, RelativeWords.DAY)) {
      return previous(i, i + 3, TimeUnit.DAY);
    }
    if (LATER.equals(w) && t.isWord(i + 1, RelativeWords.THAT)
        && t.isWord(i + 2, RelativeWords.DAY)) {
      return previous(i, i + 2, TimeUnit.DAY);
    }
    boolean same = RelativeWords.THE.equals(w) && t.isWord(i + 1, RelativeWords.SAME);
    TimeUnit unit = same ? CalendarWords.UNITS.get(t.word(i + 2)) : null;
    return unit == null || t.word(i + 2).endsWith("s") ? null : previous(i, i + 2, unit);
  }

  private static DateMatch previous(int first, int last, TimeUnit unit) {
    return new DateMatch(first, last, new RelativeDate(unit, 0, true, RelativeDate.Scope.WHOLE));
  }

  /** "the past week", "the last two months", "the past 10 days". */
  private DateMatch trailing(int i, String w) {
    if (!RelativeWords.THE.equals(w) || !t.isWord(i + 1, PAST) && !t.isWord(i + 1, LAST)) {
      return null;
    }
    int n = t.is(i + 2, Tokens.NUMBER) && t.digits(i + 2) <= 2 ? t.value(i + 2)
        : CalendarWords.number(t.word(i + 2));
    int u = n > 0 ? i + 3 : i + 2;
    TimeUnit unit = CalendarWords.UNITS.get(t.word(u));
    if (unit == null || n > 1 != t.word(u).endsWith("s")) {
      return null;
    }
    return new DateMatch(i, u,
        new RelativeDate(unit, Math.max(n, 1), false, RelativeDate.Scope.TRAILING));
  }

  /** "a year earlier", "two days ago", "3 weeks later". */
  private DateMatch counted(int i, String w) {
    int n = CalendarWords.number(w);
    return n == 0 ? null : countedFrom(i, n);
  }

  /**
   * @param i the index of the count
   * @param n the count
   * @return the counted relative date, or null
   */
  DateMatch countedFrom(int i, int n) {
    TimeUnit unit = CalendarWords.UNITS.get(t.word(i + 1));
    String direction = t.word(i + 2);
    if (unit == null) {
      return null;
    }
    boolean ago = AGO.equals(direction);
    if (!ago && !EARLIER.equals(direction) && !LATER.equals(direction)) {
      return null;
    }
    int shift = LATER.equals(direction) ? n : -n;
    return new DateMatch(i, i + 2,
        new RelativeDate(unit, shift, !ago, RelativeDate.Scope.WHOLE));
  }
}
