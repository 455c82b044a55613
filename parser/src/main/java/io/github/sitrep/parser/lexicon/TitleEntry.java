package io.github.sitrep.parser.lexicon;

import org.immutables.value.Value;

/**
 * A title that can stand before a person's name, as written ("Lt. Gen.", "Prime Minister",
 * "spokesman"), its kind and its canonical form ("Lieutenant General").
 */
@Value.Immutable
public interface TitleEntry {

  /**
   * @param surface the title as written
   * @param kind its kind
   * @param canonical its canonical form
   * @return the entry
   */
  static TitleEntry of(String surface, TitleKind kind, String canonical) {
    return ImmutableTitleEntry.of(surface, kind, canonical);
  }

  /** @return the title as written */
  @Value.Parameter
  String getSurface();

  /** @return its kind */
  @Value.Parameter
  TitleKind getKind();

  /** @return its canonical form; the surface when the file gives none */
  @Value.Parameter
  String getCanonical();

  /** Rejects blank surfaces. */
  @Value.Check
  default void check() {
    if (getSurface().isBlank() || getCanonical().isBlank()) {
      throw new IllegalStateException("title surface and canonical form must not be blank");
    }
  }
}
