package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.parser.internal.layout.Layout;

/** Finds and resolves the actors, forces and places of an article. */
public final class EntityRecognizer {

  /**
   * @param text the article text
   * @param layout its layout
   * @return the entities and their mentions
   */
  public Entities recognize(String text, Layout layout) {
    return Entities.NONE;
  }
}
