package io.github.sitrep.model;

/** The kinds of entity an {@link EntityRef} can point at. */
public enum EntityKind {
  /** An {@link Actor}: a person or a non-armed organisation. */
  ACTOR,
  /** A {@link Force}: an armed or security organisation. */
  FORCE,
  /** A {@link Place}. */
  PLACE
}
