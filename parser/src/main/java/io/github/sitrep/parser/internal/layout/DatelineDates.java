package io.github.sitrep.parser.internal.layout;

import io.github.sitrep.model.Span;
import java.util.Locale;

/**
 * Recognises the comma-separated pieces of a date inside a dateline: "Jan. 13", "2017",
 * "13 January 2017", "Dec 3". Only the shape is checked here; the date's value is read by
 * the time normaliser from the same text.
 */
final class DatelineDates {

  private static final String[] MONTHS = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december"};

  private DatelineDates() {}

  /**
   * @param text the text
   * @param piece one comma-separated piece of the dateline
   * @param afterDate whether a date piece came before, so that a lone year may follow
   * @return whether the piece is (part of) a date
   */
  static boolean isDatePiece(String text, Span piece, boolean afterDate) {
    String[] words = text.substring(piece.getStart(), piece.getEnd()).split(" ", 4);
    boolean month = false;
    boolean number = false;
    for (String word : words) {
      if (isMonth(word)) {
        month = true;
      } else if (isNumber(word)) {
        number = true;
      } else if (!word.isEmpty()) {
        return false;
      }
    }
    return (month && number) || (afterDate && number && words.length == 1);
  }

  private static boolean isMonth(String word) {
    String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    if (w.length() < 3) {
      return false;
    }
    String lower = w.toLowerCase(Locale.ROOT);
    for (String month : MONTHS) {
      if (month.startsWith(lower)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNumber(String word) {
    if (word.isEmpty() || word.length() > 6) {
      return false;
    }
    int digits = 0;
    while (digits < word.length() && Character.isDigit(word.charAt(digits))) {
      digits++;
    }
    String suffix = word.substring(digits).toLowerCase(Locale.ROOT);
    return digits > 0 && digits <= 4
        && (suffix.isEmpty() || suffix.equals("st") || suffix.equals("nd")
            || suffix.equals("rd") || suffix.equals("th"));
  }
}
