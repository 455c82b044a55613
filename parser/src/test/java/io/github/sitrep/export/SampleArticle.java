package io.github.sitrep.export;

import io.github.sitrep.model.Actor;
import io.github.sitrep.model.ActorKind;
import io.github.sitrep.model.Article;
import io.github.sitrep.model.CasualtyCount;
import io.github.sitrep.model.Coordinates;
import io.github.sitrep.model.CountQualifier;
import io.github.sitrep.model.DatePrecision;
import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.EventStatus;
import io.github.sitrep.model.EventType;
import io.github.sitrep.model.Force;
import io.github.sitrep.model.ForceKind;
import io.github.sitrep.model.Mention;
import io.github.sitrep.model.Participant;
import io.github.sitrep.model.ParticipantRole;
import io.github.sitrep.model.Place;
import io.github.sitrep.model.PlaceKind;
import io.github.sitrep.model.Span;
import io.github.sitrep.model.Statement;
import io.github.sitrep.model.StatementMode;
import io.github.sitrep.model.TimeExpression;
import java.time.LocalDate;

/** A small article written for the exporter tests, built by hand. */
final class SampleArticle {

  static final String TEXT = "Militants attack army post near Tal Afar\n\n"
      + "MOSUL \u2014 Fighters of the Islamic State (ISIS) attacked an Iraqi Army post near Tal Afar "
      + "on Sunday, killing 11 soldiers, Colonel Ahmed Karim said.\n\n"
      + "\"We pushed them back,\" Karim told reporters. The army plans to deploy more troops next month.";

  private SampleArticle() {}

  static Mention at(String words) {
    int start = TEXT.indexOf(words);
    return Mention.in(TEXT, start, start + words.length());
  }

  static Article build() {
    return Article.builder()
        .id("sample-1")
        .text(TEXT)
        .headline(at("Militants attack army post near Tal Afar"))
        .published(LocalDate.of(2024, 3, 12))
        .source("Test Wire")
        .addActor(Actor.builder().id("ahmed-karim").kind(ActorKind.PERSON).name("Ahmed Karim")
            .addTitle("Colonel").affiliation(EntityRef.force("iraqi-army"))
            .addMention(at("Ahmed Karim")).build())
        .addForce(Force.builder().id("isis").name("Islamic State").acronym("ISIS")
            .kind(ForceKind.TERRORIST).addAlias("ISIS").addMention(at("Islamic State")).build())
        .addForce(Force.builder().id("iraqi-army").name("Iraqi Army").kind(ForceKind.STATE)
            .country("IQ").addMention(at("Iraqi Army")).build())
        .addPlace(Place.builder().id("iraq").name("Iraq").kind(PlaceKind.COUNTRY).country("IQ")
            .addMention(at("Iraqi")).build())
        .addPlace(Place.builder().id("nineveh").name("Nineveh").kind(PlaceKind.PROVINCE).country("IQ")
            .parent(EntityRef.place("iraq")).addMention(at("MOSUL")).build())
        .addPlace(Place.builder().id("tal-afar").name("Tal Afar").kind(PlaceKind.CITY).country("IQ")
            .parent(EntityRef.place("nineveh")).coordinates(Coordinates.of(36.3794, 42.4497))
            .addMention(at("Tal Afar")).build())
        .addStatement(Statement.builder().id("s1").speaker(EntityRef.actor("ahmed-karim"))
            .content(at("We pushed them back,")).mode(StatementMode.DIRECT).cue(at("told"))
            .addresseeMention(at("reporters")).build())
        .addEvent(attack())
        .addEvent(Event.builder().id("e2").type(EventType.DEPLOY).status(EventStatus.INTENDED)
            .trigger(at("deploy")).addParticipant(Participant.of(EntityRef.force("iraqi-army"),
                ParticipantRole.AGENT)).build())
        .build();
  }

  private static Event attack() {
    return Event.builder().id("e1").type(EventType.ATTACK).status(EventStatus.HAPPENED)
        .trigger(at("attacked"))
        .addParticipant(Participant.of(EntityRef.force("isis"), ParticipantRole.AGENT))
        .addParticipant(Participant.of(EntityRef.force("iraqi-army"), ParticipantRole.TARGET))
        .place(EntityRef.place("tal-afar"))
        .date(TimeExpression.builder().text("on Sunday").span(at("on Sunday").getSpan())
            .precision(DatePrecision.DAY).earliest(LocalDate.of(2024, 3, 10))
            .latest(LocalDate.of(2024, 3, 10)).build())
        .fatalities(CasualtyCount.builder().count(11).qualifier(CountQualifier.EXACT)
            .mention(at("11 soldiers")).build())
        .sentence(sentence("Fighters of the Islamic State", "Karim said."))
        .build();
  }

  static Span sentence(String first, String last) {
    return Span.of(TEXT.indexOf(first), TEXT.indexOf(last) + last.length());
  }

}
