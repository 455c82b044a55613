package io.github.sitrep.parser.internal.discourse;

/** What an entity mention names, finer than {@link io.github.sitrep.model.EntityKind}. */
public enum EntityClass {
  /** A named person. */
  PERSON,
  /** A non-armed organisation. */
  ORGANISATION,
  /** An armed or security organisation. */
  FORCE,
  /** A place. */
  PLACE;

  /** @return whether an entity of this class can speak or act */
  public boolean canAct() {
    return this != PLACE;
  }
}
