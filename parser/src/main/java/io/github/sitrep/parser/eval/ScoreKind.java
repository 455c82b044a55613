package io.github.sitrep.parser.eval;

/**
 * The kinds of thing an {@link Evaluator} scores with precision, recall and F1. A kind with a
 * {@code +} in its label counts a match only when the type is right too.
 */
public enum ScoreKind {
  /** Persons, matched by name or alias. */
  PERSONS("persons"),
  /** Persons whose title is also found. */
  PERSON_TITLES("persons+title"),
  /** Non-armed organisations, matched by name or alias. */
  ORGANISATIONS("organisations"),
  /** Forces, matched by name or alias. */
  FORCES("forces"),
  /** Forces whose kind is also right. */
  FORCE_KINDS("forces+kind"),
  /** Places, matched by name or alias. */
  PLACES("places"),
  /** Places whose kind is also right. */
  PLACE_KINDS("places+kind"),
  /** Statements with overlapping content and the right speaker. */
  STATEMENTS("statements"),
  /** Statements with overlapping content, whoever the speaker. */
  STATEMENT_CONTENT("statements-content"),
  /** Events with the right type, a shared participant, and place and date where expected. */
  EVENTS("events"),
  /** Events with the right type only. */
  EVENT_TYPES("events-type"),
  /** Dates of expected events that have one, against the date of the paired found event. */
  DATES("dates"),
  /** Numbers killed and injured of paired events. */
  CASUALTIES("casualties");

  private final String label;

  ScoreKind(String label) {
    this.label = label;
  }

  /** @return the name used in tables and baseline files: "persons+title" */
  public String label() {
    return label;
  }
}
