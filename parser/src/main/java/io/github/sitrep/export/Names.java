package io.github.sitrep.export;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.Entity;
import io.github.sitrep.model.EntityRef;
import java.util.Locale;

/** Names of referenced entities and enum constants, for people. */
final class Names {

  private Names() {}

  /**
   * @param article the article the reference belongs to
   * @param ref a reference
   * @return the entity's name, or its id when the article lacks it
   */
  static String of(Article article, EntityRef ref) {
    return article.resolve(ref).map(Entity::getName).orElse(ref.getId());
  }

  /**
   * @param constant an enum constant
   * @return its name in lower case with spaces: {@code NON_STATE} gives "non-state"
   */
  static String lower(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
