package io.github.sitrep.model;

/** How a {@link Statement} reports what was said. */
public enum StatementMode {
  /** A quotation: the speaker's words in quote marks. */
  DIRECT,
  /** Reported speech without quote marks: "X announced that ...". */
  INDIRECT,
  /** Reported speech with quoted fragments: both sides "shook hands". */
  MIXED
}
