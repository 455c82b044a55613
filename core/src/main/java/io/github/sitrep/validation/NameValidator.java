package io.github.sitrep.validation;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.Entity;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks that no name or alias is shared by two different entities, comparing names
 * without regard to case and runs of white space. Reports {@link IssueCodes#NAME_SHARED}
 * as a {@link Severity#WARNING warning} on the later entity: such an article is ambiguous,
 * not broken. Blank names are left to Bean Validation. Stateless and thread-safe.
 */
public final class NameValidator implements ArticleValidator {

  @Override
  public void validate(Article article, IssueReporter reporter) {
    Map<String, String> owner = new HashMap<>();
    for (Walk.Located<Entity> e : Walk.entities(article)) {
      Set<String> own = new HashSet<>();
      check(e.path() + ".name", e.value().getName(), e.path(), owner, own, reporter);
      for (int i = 0; i < e.value().getAliases().size(); i++) {
        String path = e.path() + "." + Walk.item("aliases", i);
        check(path, e.value().getAliases().get(i), e.path(), owner, own, reporter);
      }
    }
  }

  private static void check(String path, String name, String entityPath,
      Map<String, String> owner, Set<String> own, IssueReporter reporter) {
    String key = normalize(name);
    if (key.isEmpty() || !own.add(key)) {
      return;
    }
    String first = owner.putIfAbsent(key, entityPath);
    if (first != null) {
      reporter.warning(IssueCodes.NAME_SHARED,
          "'" + name + "' also names " + first + "; references by name are ambiguous", path);
    }
  }

  /**
   * @param name a name
   * @return the name in lower case with white space trimmed and collapsed
   */
  static String normalize(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean space = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
        }
        out.append(c);
        space = false;
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
