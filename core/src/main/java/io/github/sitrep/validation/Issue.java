package io.github.sitrep.validation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sitrep.model.SitrepStyle;
import io.github.sitrep.model.Span;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A problem found in an article, by a validator or by the parser: a stable code, a
 * severity, a message for people, the path of the object concerned
 * ({@code events[3].participants[0]}) and the span of text it concerns.
 *
 * <pre>{@code
 * Issue issue = Issue.of("ref.unresolved", Severity.ERROR,
 *     "participant refers to unknown force 'isf'", "events[0].participants[1]");
 * }</pre>
 */
@Value.Immutable
@SitrepStyle
@JsonSerialize(as = ImmutableIssue.class)
@JsonDeserialize(as = ImmutableIssue.class)
public interface Issue {

  /** @return a new builder */
  static ImmutableIssue.Builder builder() {
    return ImmutableIssue.builder();
  }

  /**
   * @param code a stable, dotted code
   * @param severity how serious it is
   * @param message what is wrong, for people
   * @param path where in the article it is
   * @return the issue, without a span
   */
  static Issue of(String code, Severity severity, String message, String path) {
    return builder().code(code).severity(severity).message(message).path(path).build();
  }

  /** @return a stable, dotted code that programs can test: {@code ref.unresolved} */
  @NotBlank
  String getCode();

  /** @return how serious it is */
  @NotNull
  Severity getSeverity();

  /** @return what is wrong, for people */
  @NotBlank
  String getMessage();

  /** @return the path of the object concerned, from the article: {@code statements[2].speaker}; empty for the whole article */
  @NotNull
  String getPath();

  /** @return the span of text the issue concerns, if any */
  Optional<@Valid Span> getSpan();
}
