package io.github.sitrep.parser.internal.statement;

import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Mention;
import java.util.Optional;

/**
 * Who spoke, as far as the text tells: the entity (empty when unknown) and the words naming
 * it at this statement ("the coalition", "he", "a military source").
 *
 * @param ref the entity, when known
 * @param mention the words, when there are any
 */
record Speaker(Optional<EntityRef> ref, Optional<Mention> mention) {

  /** No speaker found. */
  static final Speaker NONE = new Speaker(Optional.empty(), Optional.empty());

  /** @return whether neither an entity nor words were found */
  boolean isNone() {
    return ref.isEmpty() && mention.isEmpty();
  }
}
