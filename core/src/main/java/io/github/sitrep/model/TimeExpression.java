package io.github.sitrep.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A date or period as the text gives it, normalised against the publication date when one
 * is known: the source text, a precision and inclusive earliest and latest days. What is
 * known of an unresolved expression (a weekday, a month without a year) is kept.
 *
 * <pre>{@code
 * // "on Saturday" in an article published on Monday 2017-12-11
 * TimeExpression saturday = TimeExpression.builder()
 *     .text("on Saturday")
 *     .span(Span.of(1915, 1926))
 *     .precision(DatePrecision.DAY)
 *     .earliest(LocalDate.of(2017, 12, 9))
 *     .latest(LocalDate.of(2017, 12, 9))
 *     .weekday(DayOfWeek.SATURDAY)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTimeExpression.class)
@JsonDeserialize(as = ImmutableTimeExpression.class)
public interface TimeExpression {

  /** @return a new builder */
  static ImmutableTimeExpression.Builder builder() {
    return ImmutableTimeExpression.builder();
  }

  /**
   * A day-precise expression.
   *
   * @param text the text it came from
   * @param span where that text is, if it is in the article
   * @param day the day
   * @return the expression
   */
  static TimeExpression ofDay(String text, Optional<Span> span, LocalDate day) {
    return builder().text(text).span(span).precision(DatePrecision.DAY)
        .earliest(day).latest(day).build();
  }

  /** @return the text the date was read from, as written: "on December 3" */
  @NotBlank
  String getText();

  /** @return where {@link #getText()} stands in the article; empty for a date given by the caller */
  Optional<@Valid Span> getSpan();

  /** @return how precisely the date is known */
  @NotNull
  DatePrecision getPrecision();

  /** @return the first day the expression may mean, when resolved */
  Optional<LocalDate> getEarliest();

  /** @return the last day the expression may mean, when resolved */
  Optional<LocalDate> getLatest();

  /** @return the weekday the text names, if any */
  Optional<DayOfWeek> getWeekday();

  /** @return the month the text names, if any */
  Optional<Month> getMonth();

  /** @return the day of the month the text names, if any */
  Optional<@Min(1) @Max(31) Integer> getDayOfMonth();

  /** @return the year the text names, if any */
  Optional<@Min(1) @Max(9999) Integer> getYear();

  /** @return whether the expression is placed on the calendar */
  default boolean resolved() {
    return getEarliest().isPresent();
  }

  /**
   * Rejects bounds out of order, a day precision with two different bounds, one bound
   * without the other, and bounds on an unresolved expression.
   */
  @Value.Check
  default void check() {
    if (getEarliest().isPresent() != getLatest().isPresent()) {
      throw new IllegalStateException("a time expression has both earliest and latest, or neither");
    }
    if (getPrecision() == DatePrecision.UNRESOLVED && getEarliest().isPresent()) {
      throw new IllegalStateException("an UNRESOLVED time expression has no earliest or latest day");
    }
    if (getPrecision() != DatePrecision.UNRESOLVED && getEarliest().isEmpty()) {
      throw new IllegalStateException("a " + getPrecision() + " time expression needs earliest and latest days");
    }
    if (getEarliest().isPresent() && getEarliest().get().isAfter(getLatest().get())) {
      throw new IllegalStateException("earliest " + getEarliest().get() + " is after latest " + getLatest().get());
    }
    if (getPrecision() == DatePrecision.DAY && !getEarliest().equals(getLatest())) {
      throw new IllegalStateException("a DAY time expression has earliest equal to latest");
    }
  }
}
