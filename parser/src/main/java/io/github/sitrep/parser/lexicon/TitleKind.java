package io.github.sitrep.parser.lexicon;

/** The kinds of title that can stand before a person's name. */
public enum TitleKind {
  /** A military or police rank: "Lt. Gen.", "Colonel". */
  RANK,
  /** A public office: "Prime Minister", "Defence Minister". */
  OFFICE,
  /** A form of address: "Mr.", "Sheikh", "Dr.". */
  HONORIFIC,
  /** A role or post: "commander", "spokesman". */
  ROLE
}
