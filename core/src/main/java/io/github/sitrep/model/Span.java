package io.github.sitrep.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;

/**
 * A half-open range {@code [start, end)} of character offsets (UTF-16 code units, as
 * {@link String#substring(int, int)} counts them) into an article's text.
 *
 * <pre>{@code
 * Span span = Span.of(0, 5);
 * String covered = text.substring(span.getStart(), span.getEnd());
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSpan.class)
@JsonDeserialize(as = ImmutableSpan.class)
public interface Span extends Comparable<Span> {

  /** @return the offset of the first character */
  @Value.Parameter
  @PositiveOrZero
  int getStart();

  /** @return the offset just past the last character */
  @Value.Parameter
  @PositiveOrZero
  int getEnd();

  /**
   * Creates a span.
   *
   * @param start the first offset, not negative
   * @param end the offset past the end, not before {@code start}
   * @return the span
   * @throws IllegalStateException if the offsets are out of order or negative
   */
  static Span of(int start, int end) {
    return ImmutableSpan.of(start, end);
  }

  /** @return the number of characters covered */
  default int length() {
    return getEnd() - getStart();
  }

  /**
   * @param other another span
   * @return whether the two spans share at least one character
   */
  default boolean overlaps(Span other) {
    return getStart() < other.getEnd() && other.getStart() < getEnd();
  }

  /**
   * @param other another span
   * @return whether {@code other} lies wholly inside this span
   */
  default boolean encloses(Span other) {
    return getStart() <= other.getStart() && other.getEnd() <= getEnd();
  }

  /** Orders by start, then by end. */
  @Override
  default int compareTo(Span other) {
    int c = Integer.compare(getStart(), other.getStart());
    return c != 0 ? c : Integer.compare(getEnd(), other.getEnd());
  }

  /** Rejects negative offsets and an end before the start. */
  @Value.Check
  default void check() {
    if (getStart() < 0) {
      throw new IllegalStateException("span start must not be negative: " + getStart());
    }
    if (getEnd() < getStart()) {
      throw new IllegalStateException(
          "span end " + getEnd() + " must not be before its start " + getStart());
    }
  }
}
