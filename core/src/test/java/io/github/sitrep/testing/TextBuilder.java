package io.github.sitrep.testing;

import io.github.sitrep.model.Mention;
import io.github.sitrep.model.Span;

/** Builds an article text piece by piece and hands back the mention of each piece. */
final class TextBuilder {

  private final StringBuilder text = new StringBuilder();

  /**
   * @param piece text to append
   * @return the mention of it
   */
  Mention mention(String piece) {
    int start = text.length();
    text.append(piece);
    return Mention.of(Span.of(start, text.length()), piece);
  }

  /**
   * @param piece text to append, not mentioned
   * @return this
   */
  TextBuilder plain(String piece) {
    text.append(piece);
    return this;
  }

  int length() {
    return text.length();
  }

  String text() {
    return text.toString();
  }
}
