package io.github.sitrep.parser.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Looks up, for a name an expected statement or event uses, every form of that entity. */
final class ExpectedNames {

  private final List<ExpectedEntity> entities;

  ExpectedNames(ExpectedArticle expected) {
    this.entities = expected.entities();
  }

  /**
   * @param name a name from an expected statement or event
   * @return the normal forms of every expected entity called so, or of the name alone
   */
  Set<String> formsOf(String name) {
    String key = Names.name(name);
    Set<String> forms = new LinkedHashSet<>();
    forms.add(key);
    for (ExpectedEntity e : entities) {
      Set<String> names = Names.normalised(e.names());
      if (names.contains(key)) {
        forms.addAll(names);
      }
    }
    return forms;
  }
}
