package io.github.sitrep.validation;

import io.github.sitrep.model.Actor;
import io.github.sitrep.model.Article;
import io.github.sitrep.model.Dateline;
import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.EventStatus;
import io.github.sitrep.model.EventType;
import io.github.sitrep.model.Force;
import io.github.sitrep.model.Mention;
import io.github.sitrep.model.Participant;
import io.github.sitrep.model.ParticipantRole;
import io.github.sitrep.model.Place;
import io.github.sitrep.model.Span;
import io.github.sitrep.model.Statement;
import io.github.sitrep.model.StatementMode;
import io.github.sitrep.model.TimeExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Ways to make a consistent article inconsistent in exactly one respect. Each takes the
 * article (with at least one actor, force and place) and a number that picks a variant.
 */
final class Injections {

  private static final String MISSING = "zz-missing";

  private Injections() {}

  static Article unresolvedReference(Article a, int choice) {
    switch (choice % 7) {
      case 0:
        return withActor0(a, x -> Actor.builder().from(x).affiliation(EntityRef.force(MISSING)).build());
      case 1:
        return withForce(a, 0, x -> Force.builder().from(x).partOf(EntityRef.force(MISSING)).build());
      case 2:
        return withPlace(a, 0, x -> Place.builder().from(x).parent(EntityRef.place(MISSING)).build());
      case 3:
        return addStatement(a, Optional.of(EntityRef.actor(MISSING)));
      case 4:
        return withDateline(a, EntityRef.place(MISSING));
      case 5:
        return addEvent(a, EntityRef.force(MISSING), Optional.empty());
      default:
        Article withEvent = addEvent(a, a.getActors().get(0).ref(), Optional.empty());
        return Article.builder().from(withEvent).events(withStatementRef(withEvent)).build();
    }
  }

  static Article wrongKindOfReference(Article a, int choice) {
    EntityRef place = a.getPlaces().get(0).ref();
    EntityRef actor = a.getActors().get(0).ref();
    switch (choice % 4) {
      case 0:
        return withActor0(a, x -> Actor.builder().from(x).affiliation(place).build());
      case 1:
        return withForce(a, 0, x -> Force.builder().from(x).partOf(actor).build());
      case 2:
        return withPlace(a, 0, x -> Place.builder().from(x).parent(a.getForces().get(0).ref()).build());
      default:
        return addStatement(a, Optional.of(place));
    }
  }

  static Article spanOutsideText(Article a, int choice) {
    int end = a.getText().length();
    Mention outside = Mention.of(Span.of(end - (choice % 2), end + 1 + choice % 5),
        "x".repeat(1 + choice % 2 + choice % 5));
    return withActor0(a, x -> Actor.builder().from(x).addMention(outside).build());
  }

  static Article mentionTextMismatch(Article a, int choice) {
    return withForce(a, choice % a.getForces().size(), f -> {
      List<Mention> mentions = new ArrayList<>(f.getMentions());
      int i = choice % mentions.size();
      Mention m = mentions.get(i);
      char first = m.getText().charAt(0);
      mentions.set(i, Mention.of(m.getSpan(), (first == 'x' ? 'y' : 'x') + m.getText().substring(1)));
      return Force.builder().from(f).mentions(mentions).build();
    });
  }

  static Article duplicateId(Article a, int choice) {
    if (choice % 2 == 0 || a.getEvents().isEmpty()) {
      Actor copy = Actor.builder().from(a.getActors().get(0)).name("Copy 1").aliases(List.of()).build();
      return Article.builder().from(a).addActor(copy).build();
    }
    return Article.builder().from(a).addEvent(a.getEvents().get(choice % a.getEvents().size())).build();
  }

  static Article sharedName(Article a, int choice) {
    String name = a.getForces().get(choice % a.getForces().size()).getName();
    String shouted = choice % 2 == 0 ? name.toUpperCase(Locale.ROOT) : " " + name;
    return withActor0(a, x -> Actor.builder().from(x).addAlias(shouted).build());
  }

  static Article eventAfterPublication(Article a, int choice) {
    LocalDate latest = a.getEvents().stream().flatMap(e -> e.getDate().stream())
        .flatMap(d -> d.getEarliest().stream()).max(LocalDate::compareTo).orElse(LocalDate.of(2000, 1, 1));
    LocalDate published = a.getPublished().filter(p -> !p.isBefore(latest)).orElse(latest);
    TimeExpression later = TimeExpression.ofDay("later", Optional.empty(),
        published.plusDays(1 + choice % 100));
    Article withEvent = addEvent(a, a.getActors().get(0).ref(), Optional.of(later));
    return Article.builder().from(withEvent).published(published).build();
  }

  static Article statementWithoutSpeaker(Article a, int choice) {
    return addStatement(a, Optional.empty());
  }

  static Article partOfCycle(Article a, int choice) {
    int n = a.getForces().size();
    int last = n - 1;
    if (choice % 2 == 0 || n == 1) {
      return withForce(a, 0, x -> Force.builder().from(x).partOf(x.ref()).build());
    }
    Article looped = withForce(a, 0, x -> Force.builder().from(x).partOf(a.getForces().get(last).ref()).build());
    return withForce(looped, last, x -> Force.builder().from(x).partOf(a.getForces().get(0).ref()).build());
  }

  static Article parentCycle(Article a, int choice) {
    int n = a.getPlaces().size();
    if (choice % 2 == 0 || n == 1) {
      return withPlace(a, 0, x -> Place.builder().from(x).parent(x.ref()).build());
    }
    Article looped = withPlace(a, 0, x -> Place.builder().from(x).parent(a.getPlaces().get(n - 1).ref()).build());
    return withPlace(looped, n - 1, x -> Place.builder().from(x).parent(a.getPlaces().get(0).ref()).build());
  }

  static Article datelineNotAPlace(Article a, int choice) {
    return withDateline(a, choice % 2 == 0 ? a.getActors().get(0).ref() : a.getForces().get(0).ref());
  }

  static Article blankAlias(Article a, int choice) {
    return withForce(a, 0, x -> Force.builder().from(x).addAlias(" ".repeat(choice % 3)).build());
  }

  static Article malformedCountry(Article a, int choice) {
    String[] bad = {"Iraq", "iq", "IRQ", "I"};
    return withPlace(a, 0, x -> Place.builder().from(x).country(bad[choice % bad.length]).build());
  }

  private static Article withActor0(Article a, UnaryOperator<Actor> change) {
    List<Actor> actors = new ArrayList<>(a.getActors());
    actors.set(0, change.apply(actors.get(0)));
    return Article.builder().from(a).actors(actors).build();
  }

  private static Article withForce(Article a, int i, UnaryOperator<Force> change) {
    List<Force> forces = new ArrayList<>(a.getForces());
    forces.set(i, change.apply(forces.get(i)));
    return Article.builder().from(a).forces(forces).build();
  }

  private static Article withPlace(Article a, int i, UnaryOperator<Place> change) {
    List<Place> places = new ArrayList<>(a.getPlaces());
    places.set(i, change.apply(places.get(i)));
    return Article.builder().from(a).places(places).build();
  }

  private static Article withDateline(Article a, EntityRef place) {
    Mention raw = a.getDateline().map(Dateline::getRaw)
        .orElse(a.getPlaces().get(0).getMentions().get(0));
    return Article.builder().from(a).dateline(Dateline.builder().raw(raw).place(place).build()).build();
  }

  private static Article addStatement(Article a, Optional<EntityRef> speaker) {
    Statement s = Statement.builder().id("zz-statement").speaker(speaker)
        .content(a.getActors().get(0).getMentions().get(0)).mode(StatementMode.DIRECT).build();
    return Article.builder().from(a).addStatement(s).build();
  }

  private static Article addEvent(Article a, EntityRef agent, Optional<TimeExpression> date) {
    Event e = Event.builder().id("zz-event").type(EventType.OTHER).status(EventStatus.HAPPENED)
        .trigger(a.getActors().get(0).getMentions().get(0))
        .addParticipant(Participant.of(agent, ParticipantRole.AGENT)).date(date).build();
    return Article.builder().from(a).addEvent(e).build();
  }

  private static List<Event> withStatementRef(Article a) {
    List<Event> events = new ArrayList<>(a.getEvents());
    int last = events.size() - 1;
    events.set(last, Event.builder().from(events.get(last)).statement(MISSING).build());
    return events;
  }
}
