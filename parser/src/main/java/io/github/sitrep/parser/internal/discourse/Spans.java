package io.github.sitrep.parser.internal.discourse;

import io.github.sitrep.model.Span;
import java.util.Arrays;
import java.util.List;

/** Linear merges of sorted, non-overlapping spans with tokens and with each other. */
final class Spans {

  private Spans() {}

  /**
   * Marks each token with the index of the span it overlaps (or -1) and records each span's
   * token range. Both lists are in text order; spans do not overlap.
   */
  static void assign(List<Token> tokens, List<Span> spans, int[] of, int[] from, int[] to) {
    Arrays.fill(of, -1);
    int s = 0;
    for (int k = 0; k < spans.size(); k++) {
      from[k] = -1;
      to[k] = -1;
    }
    for (int t = 0; t < tokens.size() && s < spans.size(); t++) {
      Token tok = tokens.get(t);
      while (s < spans.size() && spans.get(s).getEnd() <= tok.start()) {
        close(from, to, s, t);
        s++;
      }
      if (s < spans.size() && spans.get(s).getStart() < tok.end()) {
        of[t] = s;
        if (from[s] < 0) {
          from[s] = t;
        }
        to[s] = t + 1;
      }
    }
    for (; s < spans.size(); s++) {
      close(from, to, s, tokens.size());
    }
  }

  private static void close(int[] from, int[] to, int s, int t) {
    if (from[s] < 0) {
      from[s] = t;
      to[s] = t;
    }
  }

  /** For each inner span, the index of the outer span that contains its start, or -1. */
  static void containers(List<Span> inner, List<Span> outer, int[] of) {
    int o = 0;
    for (int i = 0; i < inner.size(); i++) {
      int start = inner.get(i).getStart();
      while (o < outer.size() && outer.get(o).getEnd() <= start) {
        o++;
      }
      of[i] = o < outer.size() && outer.get(o).getStart() <= start ? o : -1;
    }
  }
}
