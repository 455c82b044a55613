package io.github.sitrep.export;

import io.github.sitrep.model.DatePrecision;
import io.github.sitrep.model.TimeExpression;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Short, readable forms of {@link TimeExpression}s. */
final class Dates {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM", Locale.ROOT);

  private Dates() {}

  /**
   * @param date a date as read from the text
   * @return "2017-12-09", "2017-12", "2017", "2017-12-04..2017-12-10", or the text itself
   *     in quotes when it is not placed on the calendar
   */
  static String describe(TimeExpression date) {
    if (!date.resolved()) {
      return "\"" + date.getText() + "\" (unresolved)";
    }
    LocalDate first = date.getEarliest().orElseThrow();
    LocalDate last = date.getLatest().orElseThrow();
    if (date.getPrecision() == DatePrecision.DAY) {
      return first.toString();
    }
    if (date.getPrecision() == DatePrecision.MONTH) {
      return MONTH.format(first);
    }
    if (date.getPrecision() == DatePrecision.YEAR) {
      return Integer.toString(first.getYear());
    }
    return first + ".." + last;
  }
}
