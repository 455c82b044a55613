package io.github.sitrep.model;

/** Whether an {@link Actor} is a person or an organisation. */
public enum ActorKind {
  /** A named person. */
  PERSON,
  /** A non-armed organisation: a ministry, a government, a news outlet, a UN body. */
  ORGANISATION
}
