package io.github.sitrep.parser.internal.layout;

import io.github.sitrep.model.Span;
import java.util.ArrayList;
import java.util.List;

/** Splits a text into its non-blank lines, each trimmed of surrounding white space. */
final class Lines {

  private Lines() {}

  /**
   * @param text any text
   * @return the spans of its non-blank lines, trimmed, in order
   */
  static List<Span> of(String text) {
    List<Span> lines = new ArrayList<>();
    int start = 0;
    int length = text.length();
    for (int i = 0; i <= length; i++) {
      if (i == length || Chars.isLineBreak(text.charAt(i))) {
        addTrimmed(text, start, i, lines);
        start = i + 1;
      }
    }
    return lines;
  }

  private static void addTrimmed(String text, int from, int to, List<Span> out) {
    Span span = trim(text, from, to);
    if (span.length() > 0) {
      out.add(span);
    }
  }

  /**
   * @param text the text
   * @param from first offset
   * @param to offset past the end
   * @return the range without white space at either end (empty at {@code from} if blank)
   */
  static Span trim(String text, int from, int to) {
    int s = from;
    int e = to;
    while (s < e && Chars.isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && Chars.isSpace(text.charAt(e - 1))) {
      e--;
    }
    return Span.of(s, e);
  }
}
