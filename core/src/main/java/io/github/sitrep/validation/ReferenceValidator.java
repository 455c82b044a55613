package io.github.sitrep.validation;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.Entity;
import io.github.sitrep.model.EntityKind;
import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.Statement;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks that every reference resolves: affiliations, part-of, parents, speakers,
 * addressees, participants, event places, the dateline place and the statement an event
 * was reported in. Reports {@link IssueCodes#REF_UNRESOLVED} for an id the article does not
 * have and {@link IssueCodes#REF_KIND} for a kind not allowed at that place (a place as a
 * speaker, an actor as a part-of). Whether the dateline names a place is left to
 * {@link DatelineValidator}. Stateless and thread-safe.
 */
public final class ReferenceValidator implements ArticleValidator {

  @Override
  public void validate(Article article, IssueReporter reporter) {
    Map<EntityKind, Set<String>> ids = entityIds(article);
    for (References.Site site : References.of(article)) {
      check(site, ids, reporter);
    }
    checkStatementRefs(article, reporter);
  }

  private static void check(References.Site site, Map<EntityKind, Set<String>> ids,
      IssueReporter reporter) {
    EntityRef ref = site.ref();
    if (!site.allowed().contains(ref.getKind())) {
      reporter.error(IssueCodes.REF_KIND, "a " + name(ref.getKind()) + " ('" + ref.getId()
          + "') is not allowed here; expected " + names(site.allowed()), site.path());
    } else if (!ids.get(ref.getKind()).contains(ref.getId())) {
      reporter.error(IssueCodes.REF_UNRESOLVED, "refers to " + name(ref.getKind()) + " '"
          + ref.getId() + "', which the article does not have", site.path());
    }
  }

  private static void checkStatementRefs(Article article, IssueReporter reporter) {
    Set<String> statementIds = new HashSet<>();
    for (Statement s : article.getStatements()) {
      statementIds.add(s.getId());
    }
    for (Walk.Located<Event> e : Walk.located("events", article.getEvents())) {
      e.value().getStatement().filter(id -> !statementIds.contains(id)).ifPresent(id ->
          reporter.error(IssueCodes.REF_UNRESOLVED,
              "refers to statement '" + id + "', which the article does not have",
              e.path() + ".statement"));
    }
  }

  private static Map<EntityKind, Set<String>> entityIds(Article article) {
    Map<EntityKind, Set<String>> ids = new EnumMap<>(EntityKind.class);
    for (EntityKind kind : EntityKind.values()) {
      ids.put(kind, new HashSet<>());
    }
    for (Entity e : article.entities()) {
      ids.get(e.entityKind()).add(e.getId());
    }
    return ids;
  }

  private static String names(Set<EntityKind> kinds) {
    return kinds.stream().map(ReferenceValidator::name).collect(Collectors.joining(" or "));
  }

  private static String name(EntityKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
