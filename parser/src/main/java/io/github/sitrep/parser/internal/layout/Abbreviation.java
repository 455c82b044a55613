package io.github.sitrep.parser.internal.layout;

/** How a word followed by a full stop bears on a sentence boundary. */
enum Abbreviation {
  /** Not an abbreviation: the full stop ends the sentence when what follows allows it. */
  NONE,
  /** Stands before a name or a date ("Lt.", "Gen.", "Dr.", "Jan.", an initial): never ends one. */
  TITLE,
  /** Stands before a number ("No. 3", "Vol. 2"): ends a sentence only when no digit follows. */
  NUMBERED,
  /** May close a sentence as well ("U.S.", "a.m.", "Inc."): ends one before a usual opener. */
  AMBIGUOUS
}
