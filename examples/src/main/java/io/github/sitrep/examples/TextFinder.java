package io.github.sitrep.examples;

import io.github.sitrep.model.DatePrecision;
import io.github.sitrep.model.Mention;
import io.github.sitrep.model.Span;
import io.github.sitrep.model.TimeExpression;
import java.time.LocalDate;

/**
 * Finds words in an article's text and makes mentions, spans and dates of them, so that a
 * hand-built article points at the real characters of its text.
 */
final class TextFinder {

  private final String text;

  TextFinder(String text) {
    this.text = text;
  }

  /**
   * @param words the words to find
   * @return the mention of their first whole-word occurrence
   */
  Mention mention(String words) {
    return mention(words, 1);
  }

  /**
   * @param words the words to find
   * @param occurrence 1 for the first whole-word occurrence, 2 for the second, ...
   * @return the mention of that occurrence
   * @throws IllegalArgumentException if the text has fewer occurrences
   */
  Mention mention(String words, int occurrence) {
    int at = -1;
    for (int found = 0; found < occurrence; ) {
      at = text.indexOf(words, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("'" + words + "' does not occur " + occurrence + " times");
      }
      if (isBoundary(at - 1) && isBoundary(at + words.length())) {
        found++;
      }
    }
    return Mention.of(Span.of(at, at + words.length()), words);
  }

  /**
   * @param first the words the span starts with
   * @param last the words it ends with, the first occurrence after {@code first}
   * @return the span from the start of {@code first} to the end of {@code last}
   */
  Span span(String first, String last) {
    int start = mention(first).getSpan().getStart();
    int end = text.indexOf(last, start);
    if (end < 0) {
      throw new IllegalArgumentException("'" + last + "' does not follow '" + first + "'");
    }
    return Span.of(start, end + last.length());
  }

  /**
   * @param first the words the mention starts with
   * @param last the words it ends with
   * @return the mention of the text from {@code first} to {@code last}
   */
  Mention mention(String first, String last) {
    Span span = span(first, last);
    return Mention.of(span, text.substring(span.getStart(), span.getEnd()));
  }

  /**
   * @param words a date as written: "on Saturday"
   * @param occurrence which occurrence
   * @param day the day it means
   * @return a day-precise time expression pointing at those words
   */
  TimeExpression day(String words, int occurrence, LocalDate day) {
    return TimeExpression.builder().text(words).span(mention(words, occurrence).getSpan())
        .precision(DatePrecision.DAY).earliest(day).latest(day).build();
  }

  private boolean isBoundary(int i) {
    return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
  }
}
