package io.github.sitrep.parser.lexicon;

/** What a {@link LexiconEntry} names: a place, an armed force or a non-armed organisation. */
public enum EntryType {
  /** A place; its kind is a {@link io.github.sitrep.model.PlaceKind}. */
  PLACE,
  /** An armed or security organisation; its kind is a {@link io.github.sitrep.model.ForceKind}. */
  FORCE,
  /** A non-armed organisation; its kind is an {@link OrganisationKind}. */
  ORGANISATION
}
