package io.github.sitrep.validation;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.Entity;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks that ids are unique: among all entities (actors, forces and places together),
 * among statements and among events. Reports {@link IssueCodes#ID_DUPLICATE} at every
 * repeat. Stateless and thread-safe.
 */
public final class IdValidator implements ArticleValidator {

  @Override
  public void validate(Article article, IssueReporter reporter) {
    unique(Walk.entities(article), Entity::getId, reporter);
    unique(Walk.located("statements", article.getStatements()), Statement::getId, reporter);
    unique(Walk.located("events", article.getEvents()), Event::getId, reporter);
  }

  private static <T> void unique(List<Walk.Located<T>> items, Function<T, String> id,
      IssueReporter reporter) {
    Map<String, String> firstPath = new HashMap<>();
    for (Walk.Located<T> item : items) {
      String key = id.apply(item.value());
      String first = firstPath.putIfAbsent(key, item.path());
      if (first != null) {
        reporter.error(IssueCodes.ID_DUPLICATE,
            "id '" + key + "' is already used by " + first, item.path() + ".id");
      }
    }
  }
}
