package io.github.sitrep.parser.internal.layout;

import io.github.sitrep.model.Span;
import java.util.List;
import java.util.Optional;

/**
 * The layout of an article's text: headline, dateline, paragraphs, sentences and quotations.
 * All spans point into the parsed text; lists are in text order.
 *
 * @param headline the headline, when the first line is one
 * @param dateline the dateline at the start of the body, if any
 * @param paragraphs the body's paragraphs (the headline is not one)
 * @param sentences the body's sentences
 * @param quotes quotations, with their marks
 */
public record Layout(
    Optional<Span> headline,
    Optional<DatelineParts> dateline,
    List<Span> paragraphs,
    List<Span> sentences,
    List<Quote> quotes) {

  /** The layout of a text with nothing in it. */
  public static final Layout EMPTY =
      new Layout(Optional.empty(), Optional.empty(), List.of(), List.of(), List.of());

  /** Copies the lists. */
  public Layout {
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
    quotes = List.copyOf(quotes);
  }
}
