package io.github.sitrep.testing;

import io.github.sitrep.model.Mention;
import io.github.sitrep.model.Span;

/** Finds strings in a text and makes mentions of them, for hand-built test articles. */
public final class Texts {

  private Texts() {}

  /**
   * @param text the text
   * @param needle the string to find
   * @param occurrence 1 for the first occurrence, 2 for the second, ...
   * @return the mention of that occurrence
   * @throws IllegalArgumentException if the text has fewer occurrences
   */
  public static Mention mention(String text, String needle, int occurrence) {
    Span span = span(text, needle, occurrence);
    return Mention.of(span, needle);
  }

  /**
   * @param text the text
   * @param needle the string to find
   * @return the mention of its first occurrence
   */
  public static Mention mention(String text, String needle) {
    return mention(text, needle, 1);
  }

  /**
   * @param text the text
   * @param needle the string to find
   * @param occurrence 1 for the first occurrence, 2 for the second, ...
   * @return the span of that occurrence
   */
  public static Span span(String text, String needle, int occurrence) {
    int at = -1;
    for (int n = 0; n < occurrence; n++) {
      at = text.indexOf(needle, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("'" + needle + "' does not occur " + occurrence + " times");
      }
    }
    return Span.of(at, at + needle.length());
  }
}
