package io.github.sitrep.validation;

/** How serious an {@link Issue} is. */
public enum Severity {
  /** The object is inconsistent: a reference that does not resolve, a span outside the text. */
  ERROR,
  /** Suspicious but usable: an event dated after publication, two entities sharing a name. */
  WARNING,
  /** Worth knowing: a part of the input that was skipped or read with low confidence. */
  INFO
}
