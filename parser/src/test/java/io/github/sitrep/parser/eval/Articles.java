package io.github.sitrep.parser.eval;

import io.github.sitrep.model.Actor;
import io.github.sitrep.model.ActorKind;
import io.github.sitrep.model.Force;
import io.github.sitrep.model.ForceKind;
import io.github.sitrep.model.Mention;
import io.github.sitrep.model.Place;
import io.github.sitrep.model.PlaceKind;

/** Small builders of found entities for the scoring tests; every mention points into TEXT. */
final class Articles {

  /** The text every hand-built article carries; mentions point at its first characters. */
  static final String TEXT = "Some text for the mentions of hand-built articles.";

  private Articles() {}

  static Mention mention(String covered) {
    return Mention.of(io.github.sitrep.model.Span.of(0, covered.length()), covered);
  }

  static Mention any() {
    return Mention.in(TEXT, 0, 4);
  }

  static Actor person(String id, String name, String... titles) {
    return Actor.builder().id(id).kind(ActorKind.PERSON).name(name).addTitles(titles)
        .addMention(any()).build();
  }

  static Actor organisation(String id, String name) {
    return Actor.builder().id(id).kind(ActorKind.ORGANISATION).name(name)
        .addMention(any()).build();
  }

  static Force force(String id, String name, ForceKind kind, String... aliases) {
    return Force.builder().id(id).name(name).kind(kind).addAliases(aliases)
        .addMention(any()).build();
  }

  static Place place(String id, String name, PlaceKind kind) {
    return Place.builder().id(id).name(name).kind(kind).addMention(any()).build();
  }
}
