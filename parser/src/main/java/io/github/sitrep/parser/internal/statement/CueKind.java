package io.github.sitrep.parser.internal.statement;

/** What a reporting cue does; the {@code kind} column of {@code reporting-verbs.tsv}. */
public enum CueKind {
  /** Plain saying: "said", "stated", "noted". */
  SAY,
  /** Saying to someone: "told", "informed". */
  TELL,
  /** Announcing: "announced". */
  ANNOUNCE,
  /** Proclaiming or declaring: "proclaimed", "declared". */
  PROCLAIM,
  /** Revealing: "revealed", "disclosed". */
  REVEAL,
  /** Claiming, including responsibility: "claimed". */
  CLAIM,
  /** Denying: "denied"; events inside the content are negated. */
  DENY,
  /** Accusing or blaming: "accused". */
  ACCUSE,
  /** Confirming or admitting: "confirmed". */
  CONFIRM,
  /** Warning or threatening: "warned". */
  WARN,
  /** Adding to what was said: "added". */
  ADD,
  /** Asking: "asked". */
  ASK,
  /** Describing or naming: "calling it an ...". */
  DESCRIBE,
  /** Reporting: "reported". */
  REPORT,
  /** Writing or posting: "wrote", "tweeted". */
  WRITE,
  /** Attribution to a source: "according to". */
  ACCORDING_TO
}
