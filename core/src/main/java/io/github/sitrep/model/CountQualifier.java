package io.github.sitrep.model;

/** How a {@link CasualtyCount} relates to the true number. */
public enum CountQualifier {
  /** The number as given: "11 soldiers". */
  EXACT,
  /** A lower bound: "more than 100", "at least 20". */
  AT_LEAST,
  /** An upper bound: "up to 60". */
  AT_MOST,
  /** An estimate: "about 30", "dozens". */
  APPROXIMATE
}
