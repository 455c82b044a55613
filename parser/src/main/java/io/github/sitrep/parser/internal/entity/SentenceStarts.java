package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.model.Span;
import io.github.sitrep.parser.internal.layout.Layout;
import java.util.ArrayList;
import java.util.List;

/**
 * Marks the tokens that start a sentence: those the layout says start a sentence, a
 * paragraph or the headline, those after a line break, and capitalised words after a full
 * stop, question or exclamation mark that does not close an abbreviation or an initial.
 */
final class SentenceStarts {

  private SentenceStarts() {}

  static boolean[] find(Tokens tokens, Layout layout) {
    boolean[] starts = new boolean[tokens.size()];
    List<Span> spans = new ArrayList<>(layout.sentences());
    spans.addAll(layout.paragraphs());
    layout.headline().ifPresent(spans::add);
    for (Span s : spans) {
      int i = tokens.indexAtOrAfter(s.getStart());
      if (i < starts.length) {
        starts[i] = true;
      }
    }
    for (int i = 0; i < starts.length; i++) {
      starts[i] |= i == 0 || lineBreakBefore(tokens, i) || afterStop(tokens, i);
    }
    return starts;
  }

  private static boolean lineBreakBefore(Tokens tokens, int i) {
    String text = tokens.text();
    for (int c = tokens.end(i - 1); c < tokens.start(i); c++) {
      if (text.charAt(c) == '\n') {
        return true;
      }
    }
    return false;
  }

  private static boolean afterStop(Tokens tokens, int i) {
    int p = i - 1;
    while (p >= 0 && p >= i - 3 && isQuote(tokens, p)) {
      p--;
    }
    if (p < 0 || !tokens.spaceBefore(i)) {
      return false;
    }
    if (tokens.isPunct(p, '?') || tokens.isPunct(p, '!')) {
      return true;
    }
    return tokens.isPunct(p, '.') && !closesAbbreviation(tokens, p - 1);
  }

  private static boolean closesAbbreviation(Tokens tokens, int w) {
    if (!tokens.isWord(w) || tokens.spaceBefore(w + 1)) {
      return false;
    }
    int len = tokens.end(w) - tokens.start(w);
    return (len == 1 && tokens.isCapitalised(w)) || Words.ABBREVIATIONS.contains(tokens.key(w));
  }

  private static boolean isQuote(Tokens tokens, int i) {
    if (tokens.end(i) - tokens.start(i) != 1) {
      return false;
    }
    char c = tokens.text().charAt(tokens.start(i));
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\'' || c == '\u2019'
        || c == ')';
  }
}
