package io.github.sitrep.parser.internal.layout;

import io.github.sitrep.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the layout of an article: headline, dateline, paragraphs, sentences, quotes. */
public final class LayoutAnalyzer {

  /**
   * @param text the article text
   * @return its layout
   */
  public Layout analyze(String text) {
    List<Span> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        int s = start;
        int e = i;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
          s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
          e--;
        }
        if (e > s) {
          lines.add(Span.of(s, e));
        }
        start = i + 1;
      }
    }
    if (lines.isEmpty()) {
      return new Layout(Optional.empty(), Optional.empty(), List.of(), List.of(), List.of());
    }
    List<Span> body = lines.subList(1, lines.size());
    return new Layout(Optional.of(lines.get(0)), Optional.empty(), body, body, List.of());
  }
}
