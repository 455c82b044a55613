package io.github.sitrep.parser.eval;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.Entity;
import io.github.sitrep.model.EntityRef;
import java.util.Optional;
import java.util.Set;

/** The names of a found entity, in normal form. */
final class FoundNames {

  private FoundNames() {}

  /**
   * @param entity an entity
   * @return the normal forms of its name and aliases
   */
  static Set<String> of(Entity entity) {
    return Names.normalised(Names.concat(entity.getName(), entity.getAliases()));
  }

  /**
   * @param article the article the reference belongs to
   * @param ref a reference, maybe absent
   * @return the normal forms of the names of the entity it points at; empty if none
   */
  static Set<String> of(Article article, Optional<EntityRef> ref) {
    return ref.flatMap(article::resolve).map(e -> of((Entity) e)).orElse(Set.of());
  }

  /**
   * @param article the article the reference belongs to
   * @param ref a reference
   * @return the name of the entity it points at, or the id when it does not resolve
   */
  static String label(Article article, EntityRef ref) {
    return article.resolve(ref).map(e -> ((Entity) e).getName()).orElse("?" + ref.getId());
  }
}
