package io.github.sitrep.parser.internal.statement;

import io.github.sitrep.model.Span;
import io.github.sitrep.parser.internal.discourse.Discourse;

/** The tokens of a quotation's words, without its marks and a trailing comma. */
final class QuoteContent {

  private QuoteContent() {}

  /**
   * @param d the discourse
   * @param q a quotation index
   * @return {from, to} tokens of its words, or {@code null} when it has none
   */
  static int[] of(Discourse d, int q) {
    Span inner = d.quotes().get(q).inner();
    int from = d.tokenAtOrAfter(inner.getStart());
    int to = d.tokenAtOrAfter(inner.getEnd());
    while (to > from && (d.norm(to - 1).equals(",") || d.token(to - 1).isQuoteMark())) {
      to--;
    }
    while (from < to && d.token(from).isQuoteMark()) {
      from++;
    }
    return from < to ? new int[] {from, to} : null;
  }
}
