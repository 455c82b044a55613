package io.github.sitrep.model;

/** Whether an {@link Event} happened, by whose word, or not at all. */
public enum EventStatus {
  /** Narrated by the article as having happened. */
  HAPPENED,
  /** Intended, planned, agreed or decided, but not yet done ("agreed to coordinate"). */
  INTENDED,
  /** Said not to have happened ("denied carrying out"). */
  NEGATED,
  /** Reported only on a speaker's word, inside a statement. */
  CLAIMED
}
