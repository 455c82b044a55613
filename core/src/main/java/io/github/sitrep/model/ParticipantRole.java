package io.github.sitrep.model;

/** The part an entity plays in an {@link Event}. */
public enum ParticipantRole {
  /** Who acts: the attacker, the side that withdraws, the parties to an agreement. */
  AGENT,
  /** Who is acted on: the attacked, the arrested, the defeated. */
  TARGET,
  /** Anyone else taking part. */
  OTHER
}
