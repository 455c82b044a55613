package io.github.sitrep.model;

/** The kinds of place. */
public enum PlaceKind {
  /** A sovereign country or a widely recognised territory. */
  COUNTRY,
  /** A region: a world region, an autonomous region, or a region within a country. */
  REGION,
  /** A first-level administrative division: province, governorate, state, oblast. */
  PROVINCE,
  /** A second-level division: district, county, raion. */
  DISTRICT,
  /** A city or town. */
  CITY,
  /** A village or hamlet. */
  VILLAGE,
  /** A river. */
  RIVER,
  /** A valley or basin. */
  VALLEY,
  /** A border or a stretch of one. */
  BORDER,
  /** A border crossing. */
  CROSSING,
  /** A military base, air base or camp. */
  BASE,
  /** Any other place: a neighbourhood, a field, a building, a sea. */
  OTHER
}
