package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.model.Span;
import io.github.sitrep.parser.internal.layout.Layout;

/**
 * Marks the words whose capitals say nothing about them: those of the dateline ("ERBIL,
 * Kurdistan Region") and of lines written mostly in capitals (a shouted headline). Elsewhere
 * a word in capitals is an acronym ("SANA") and matches only a name written so.
 */
final class CapitalLines {

  private CapitalLines() {}

  static boolean[] find(String text, Tokens tokens, Layout layout) {
    boolean[] loose = new boolean[tokens.size()];
    int lineFirst = 0;
    for (int i = 0; i <= tokens.size(); i++) {
      if (i == tokens.size() || i > 0 && newlineBefore(text, tokens, i)) {
        markIfShouted(tokens, lineFirst, i, loose);
        lineFirst = i;
      }
    }
    layout.dateline().ifPresent(d -> mark(tokens, d.place(), loose));
    return loose;
  }

  private static boolean newlineBefore(String text, Tokens tokens, int i) {
    for (int c = tokens.end(i - 1); c < tokens.start(i); c++) {
      if (text.charAt(c) == '\n') {
        return true;
      }
    }
    return false;
  }

  private static void markIfShouted(Tokens tokens, int first, int end, boolean[] loose) {
    int words = 0;
    int caps = 0;
    for (int i = first; i < end; i++) {
      if (tokens.isWord(i) && !tokens.isDigits(i)) {
        words++;
        caps += tokens.isAllCaps(i) ? 1 : 0;
      }
    }
    if (words >= 2 && caps * 10 >= words * 6) {
      for (int i = first; i < end; i++) {
        loose[i] = true;
      }
    }
  }

  private static void mark(Tokens tokens, Span span, boolean[] loose) {
    for (int i = tokens.indexAtOrAfter(span.getStart()); i < tokens.size()
        && tokens.end(i) <= span.getEnd(); i++) {
      loose[i] = true;
    }
  }
}
