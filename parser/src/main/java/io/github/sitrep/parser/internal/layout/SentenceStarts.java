package io.github.sitrep.parser.internal.layout;

import io.github.sitrep.model.Span;
import java.util.List;

/**
 * Answers "where does the sentence holding this offset start?" for offsets asked in
 * increasing order, in amortised constant time. Not thread-safe; made per analysis.
 */
final class SentenceStarts {

  private final List<Span> sentences;
  private int index = -1;

  /**
   * @param sentences the sentences of the text, in order
   */
  SentenceStarts(List<Span> sentences) {
    this.sentences = sentences;
  }

  /**
   * @param offset an offset, not smaller than any asked before
   * @return the start of the last sentence starting at or before it, or 0 if none does
   */
  int startBefore(int offset) {
    while (index + 1 < sentences.size() && sentences.get(index + 1).getStart() <= offset) {
      index++;
    }
    return index < 0 ? 0 : sentences.get(index).getStart();
  }
}
