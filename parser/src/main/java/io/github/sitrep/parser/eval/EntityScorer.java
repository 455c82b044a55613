package io.github.sitrep.parser.eval;

import io.github.sitrep.model.Actor;
import io.github.sitrep.model.ActorKind;
import io.github.sitrep.model.Article;
import io.github.sitrep.model.Entity;
import io.github.sitrep.model.Force;
import io.github.sitrep.model.Place;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * Scores persons, organisations, forces and places: an expected and a found entity match when
 * they share a name or alias in normal form; the typed kinds also need the right kind or a
 * found title.
 */
final class EntityScorer {

  private EntityScorer() {}

  static void score(Article found, ExpectedArticle expected, Tally tally) {
    List<Actor> persons = actors(found, ActorKind.PERSON);
    kind(expected.persons(), persons, EntityScorer::titleFound, ScoreKind.PERSONS,
        ScoreKind.PERSON_TITLES, tally);
    kind(expected.organisations(), actors(found, ActorKind.ORGANISATION), (e, f) -> true,
        ScoreKind.ORGANISATIONS, null, tally);
    kind(expected.forces(), found.getForces(), EntityScorer::forceKindRight, ScoreKind.FORCES,
        ScoreKind.FORCE_KINDS, tally);
    kind(expected.places(), found.getPlaces(), EntityScorer::placeKindRight, ScoreKind.PLACES,
        ScoreKind.PLACE_KINDS, tally);
  }

  private static List<Actor> actors(Article article, ActorKind kind) {
    return article.getActors().stream().filter(a -> a.getKind() == kind)
        .collect(Collectors.toList());
  }

  private static <F extends Entity> void kind(List<ExpectedEntity> expected, List<F> found,
      BiPredicate<ExpectedEntity, F> typed, ScoreKind plain, ScoreKind strict, Tally tally) {
    Matching<ExpectedEntity, F> m = Matching.of(expected, found,
        (e, f) -> level(e, f, typed), 2);
    int pairs = m.pairs().size();
    tally.add(plain, pairs, found.size() - pairs, expected.size() - pairs);
    m.missed().forEach(e -> tally.miss(plain, e.name()));
    m.extra().forEach(f -> tally.falseFind(plain, f.getName()));
    if (strict != null) {
      typed(m, found.size(), expected.size(), strict, tally);
    }
  }

  private static <F extends Entity> int level(ExpectedEntity e, F f,
      BiPredicate<ExpectedEntity, F> typed) {
    if (!Names.intersect(Names.normalised(e.names()), FoundNames.of(f))) {
      return 0;
    }
    return typed.test(e, f) ? 2 : 1;
  }

  private static <F extends Entity> void typed(Matching<ExpectedEntity, F> m, int found,
      int expected, ScoreKind strict, Tally tally) {
    int tp = 0;
    for (Matching.Pair<ExpectedEntity, F> p : m.pairs()) {
      if (p.level() == 2) {
        tp++;
      } else {
        tally.miss(strict, p.expected().name() + " (" + typeOf(p.expected()) + "; found "
            + typeOf(p.found()) + ")");
      }
    }
    m.missed().forEach(e -> tally.miss(strict, e.name()));
    tally.add(strict, tp, found - tp, expected - tp);
  }

  private static String typeOf(ExpectedEntity e) {
    return e.kindText().or(e::titleText).orElse("-");
  }

  private static String typeOf(Entity f) {
    if (f instanceof Force) {
      return ((Force) f).getKind().name();
    }
    if (f instanceof Place) {
      return ((Place) f).getKind().name();
    }
    List<String> titles = ((Actor) f).getTitles();
    return titles.isEmpty() ? "no title" : String.join("; ", titles);
  }

  private static boolean forceKindRight(ExpectedEntity e, Force f) {
    return e.kindText().flatMap(Kinds::force).map(k -> k == f.getKind()).orElse(true);
  }

  private static boolean placeKindRight(ExpectedEntity e, Place f) {
    return e.kindText().flatMap(Kinds::place).map(k -> k == f.getKind()).orElse(true);
  }

  /**
   * A title is found when the expected person has none, or when a found title or the found
   * role occurs, as whole words, in the expected title (or one part of it contains them).
   */
  static boolean titleFound(ExpectedEntity e, Actor f) {
    if (e.titleText().isEmpty()) {
      return true;
    }
    String expected = Names.text(e.titleText().get());
    List<String> given = Names.concat(f.getRole().orElse(""), f.getTitles());
    for (String g : given) {
      String t = Names.text(g);
      if (Names.containsWords(expected, t) || partIn(e.titleText().get(), t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean partIn(String expectedTitle, String foundTitle) {
    for (String part : expectedTitle.split(";")) {
      if (Names.containsWords(foundTitle, Names.text(part))) {
        return true;
      }
    }
    return false;
  }
}
