package io.github.sitrep.parser.internal.discourse;

import io.github.sitrep.model.Span;
import io.github.sitrep.parser.internal.entity.EntityMention;
import io.github.sitrep.parser.internal.layout.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Makes the inputs of earlier stages safe to walk: spans inside the text, in order, without
 * overlaps. Earlier stages should already deliver that; this keeps a bad input from
 * throwing.
 */
final class Cleaning {

  private Cleaning() {}

  static List<Span> spans(List<Span> spans, int length) {
    return ordered(spans, s -> s, length);
  }

  static List<EntityMention> mentions(List<EntityMention> mentions, int length) {
    return ordered(mentions, EntityMention::span, length);
  }

  static List<Quote> quotes(List<Quote> quotes, int length) {
    List<Quote> inside = new ArrayList<>();
    for (Quote q : ordered(quotes, Quote::outer, length)) {
      if (q.outer().encloses(q.inner())) {
        inside.add(q);
      }
    }
    return inside;
  }

  private static <T> List<T> ordered(List<T> items, Function<T, Span> span, int length) {
    List<T> valid = new ArrayList<>(items.size());
    for (T item : items) {
      Span s = item == null ? null : span.apply(item);
      if (s != null && s.getEnd() <= length && s.getStart() < s.getEnd()) {
        valid.add(item);
      }
    }
    valid.sort(Comparator.comparing(span, Comparator.comparingInt(Span::getStart)
        .thenComparing(Comparator.comparingInt(Span::getEnd).reversed())));
    List<T> out = new ArrayList<>(valid.size());
    int end = 0;
    for (T item : valid) {
      if (span.apply(item).getStart() >= end) {
        out.add(item);
        end = span.apply(item).getEnd();
      }
    }
    return out;
  }
}
