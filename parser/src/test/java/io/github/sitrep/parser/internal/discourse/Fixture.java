package io.github.sitrep.parser.internal.discourse;

import io.github.sitrep.model.Actor;
import io.github.sitrep.model.ActorKind;
import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Force;
import io.github.sitrep.model.ForceKind;
import io.github.sitrep.model.Mention;
import io.github.sitrep.model.Place;
import io.github.sitrep.model.PlaceKind;
import io.github.sitrep.model.Span;
import io.github.sitrep.model.TimeExpression;
import io.github.sitrep.parser.internal.entity.Entities;
import io.github.sitrep.parser.internal.entity.EntityMention;
import io.github.sitrep.parser.internal.layout.Layout;
import io.github.sitrep.parser.internal.time.TimeMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hand-built inputs for the statement and event recognisers: a simple layout ({@link
 * SimpleLayout}), entities found by exact surface forms, and dates by surface form. Surface
 * forms are matched as whole words, longest first.
 */
public final class Fixture {

  private record Name(String surface, EntityRef ref, String kind) {}

  private final String text;
  private final List<Name> names = new ArrayList<>();
  private final Map<String, LocalDate> dates = new LinkedHashMap<>();
  private boolean headline;
  private final java.util.Set<String> countries = new java.util.HashSet<>();

  private Fixture(String text) {
    this.text = text;
  }

  /**
   * @param text the article text, paragraphs separated by newlines
   * @return a fixture without entities
   */
  public static Fixture of(String text) {
    return new Fixture(text);
  }

  /** Makes the first line a headline, outside the body's paragraphs and sentences. */
  public Fixture headline() {
    this.headline = true;
    return this;
  }

  /** Adds a person named by each of the surface forms. */
  public Fixture person(String id, String... surfaces) {
    return add(EntityRef.actor(id), "person", surfaces);
  }

  /** Adds a non-armed organisation. */
  public Fixture org(String id, String... surfaces) {
    return add(EntityRef.actor(id), "org", surfaces);
  }

  /** Adds a force. */
  public Fixture force(String id, String... surfaces) {
    return add(EntityRef.force(id), "force", surfaces);
  }

  /** Adds a place. */
  public Fixture place(String id, String... surfaces) {
    return add(EntityRef.place(id), "place", surfaces);
  }

  /** Marks places as countries. */
  public Fixture withCountries(String... ids) {
    countries.addAll(List.of(ids));
    return this;
  }

  /** Adds a day-precise date expression. */
  public Fixture date(String surface, LocalDate day) {
    dates.put(surface, day);
    return this;
  }

  private Fixture add(EntityRef ref, String kind, String... surfaces) {
    for (String s : surfaces) {
      names.add(new Name(s, ref, kind));
    }
    return this;
  }

  /** @return the text */
  public String text() {
    return text;
  }

  /** @return the layout */
  public Layout layout() {
    return headline ? SimpleLayout.withHeadline(text) : SimpleLayout.of(text);
  }

  /** @return the entities and their mentions */
  public Entities entities() {
    List<EntityMention> mentions = new ArrayList<>();
    boolean[] taken = new boolean[text.length()];
    List<Name> longestFirst = new ArrayList<>(names);
    longestFirst.sort(Comparator.comparingInt((Name n) -> n.surface().length()).reversed());
    Map<EntityRef, List<Mention>> byRef = new LinkedHashMap<>();
    for (Name n : longestFirst) {
      for (int at : occurrences(n.surface(), taken)) {
        mentions.add(new EntityMention(Span.of(at, at + n.surface().length()), n.ref()));
        byRef.computeIfAbsent(n.ref(), r -> new ArrayList<>())
            .add(Mention.in(text, at, at + n.surface().length()));
      }
    }
    mentions.sort(Comparator.comparing(EntityMention::span));
    return build(mentions, byRef);
  }

  private Entities build(List<EntityMention> mentions, Map<EntityRef, List<Mention>> byRef) {
    List<Actor> actors = new ArrayList<>();
    List<Force> forces = new ArrayList<>();
    List<Place> places = new ArrayList<>();
    for (Name n : names) {
      List<Mention> ms = byRef.getOrDefault(n.ref(), List.of());
      if (ms.isEmpty() || contains(actors, forces, places, n.ref())) {
        continue;
      }
      switch (n.kind()) {
        case "person", "org" -> actors.add(Actor.builder().id(n.ref().getId()).name(n.surface())
            .kind(n.kind().equals("person") ? ActorKind.PERSON : ActorKind.ORGANISATION)
            .mentions(ms).build());
        case "force" -> forces.add(Force.builder().id(n.ref().getId()).name(n.surface())
            .kind(ForceKind.OTHER).mentions(ms).build());
        default -> places.add(Place.builder().id(n.ref().getId()).name(n.surface())
            .kind(countries.contains(n.ref().getId()) ? PlaceKind.COUNTRY : PlaceKind.OTHER)
            .mentions(ms).build());
      }
    }
    return new Entities(actors, forces, places, mentions);
  }

  private static boolean contains(List<Actor> a, List<Force> f, List<Place> p, EntityRef ref) {
    return a.stream().anyMatch(x -> x.ref().equals(ref)) || f.stream().anyMatch(x -> x.ref().equals(ref))
        || p.stream().anyMatch(x -> x.ref().equals(ref));
  }

  private List<Integer> occurrences(String surface, boolean[] taken) {
    List<Integer> out = new ArrayList<>();
    int from = 0;
    int at;
    while ((at = text.indexOf(surface, from)) >= 0) {
      int end = at + surface.length();
      boolean word = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
          && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
      if (word && !anyTaken(taken, at, end)) {
        for (int i = at; i < end; i++) {
          taken[i] = true;
        }
        out.add(at);
      }
      from = at + 1;
    }
    return out;
  }

  private static boolean anyTaken(boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  /** @return the date expressions, in text order */
  public List<TimeMention> times() {
    List<TimeMention> out = new ArrayList<>();
    for (Map.Entry<String, LocalDate> e : dates.entrySet()) {
      int at = text.indexOf(e.getKey());
      while (at >= 0) {
        Span span = Span.of(at, at + e.getKey().length());
        out.add(new TimeMention(span,
            TimeExpression.ofDay(e.getKey(), Optional.of(span), e.getValue())));
        at = text.indexOf(e.getKey(), at + 1);
      }
    }
    out.sort(Comparator.comparing(TimeMention::span));
    return out;
  }

  /** @return the discourse of the fixture */
  public Discourse discourse() {
    return new Discourse(text, layout(), entities());
  }
}
