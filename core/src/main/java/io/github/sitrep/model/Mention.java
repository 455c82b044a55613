package io.github.sitrep.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;

/**
 * A piece of the article's text: where it is and what it says. The evidence behind every
 * entity, statement and event.
 *
 * <pre>{@code
 * Mention isis = Mention.of(Span.of(120, 124), "ISIS");
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMention.class)
@JsonDeserialize(as = ImmutableMention.class)
public interface Mention extends Comparable<Mention> {

  /** @return where the text lies in the article */
  @Value.Parameter
  @NotNull
  @Valid
  Span getSpan();

  /** @return the covered text, exactly as it stands in the article */
  @Value.Parameter
  @NotNull
  String getText();

  /**
   * Creates a mention.
   *
   * @param span where the text lies
   * @param text the covered text, as long as the span
   * @return the mention
   */
  static Mention of(Span span, String text) {
    return ImmutableMention.of(span, text);
  }

  /**
   * Creates the mention of {@code text.substring(start, end)}.
   *
   * @param text the whole article text
   * @param start first offset
   * @param end offset past the end
   * @return the mention
   */
  static Mention in(String text, int start, int end) {
    return of(Span.of(start, end), text.substring(start, end));
  }

  /** Orders by span. */
  @Override
  default int compareTo(Mention other) {
    return getSpan().compareTo(other.getSpan());
  }

  /** Rejects a text whose length differs from the span's. */
  @Value.Check
  default void check() {
    if (getText().length() != getSpan().length()) {
      throw new IllegalStateException("mention text has " + getText().length()
          + " characters but its span " + getSpan().getStart() + ".." + getSpan().getEnd()
          + " covers " + getSpan().length());
    }
  }
}
