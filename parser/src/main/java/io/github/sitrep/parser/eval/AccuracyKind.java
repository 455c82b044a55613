package io.github.sitrep.parser.eval;

/** The decisions an {@link Evaluator} scores as a share of right answers. */
public enum AccuracyKind {
  /** Of the expected statements whose content was found, the share with the right speaker. */
  SPEAKER_ATTRIBUTION("speaker-attribution"),
  /** Of the expected statements whose content was found, the share with the right mode. */
  STATEMENT_MODE("statement-mode"),
  /** Of the expected events paired with a found event of the same type, the share with the right status. */
  EVENT_STATUS("event-status");

  private final String label;

  AccuracyKind(String label) {
    this.label = label;
  }

  /** @return the name used in tables and baseline files */
  public String label() {
    return label;
  }
}
