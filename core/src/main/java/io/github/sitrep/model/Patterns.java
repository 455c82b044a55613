package io.github.sitrep.model;

/**
 * Regular expressions the model's Bean Validation constraints share. Each runs in linear
 * time: possessive quantifiers, no nested repetition.
 */
public final class Patterns {

  /**
   * Text with at least one character that is not white space. Used on optional strings
   * instead of {@code @NotBlank}, which Bean Validation applies to an empty
   * {@link java.util.Optional} as to {@code null} and so rejects.
   */
  public static final String NOT_BLANK = "(?s)\\s*+\\S.*+";

  /** The message for a text that does not match {@link #NOT_BLANK}. */
  public static final String NOT_BLANK_MESSAGE = "must not be blank";

  private Patterns() {}
}
