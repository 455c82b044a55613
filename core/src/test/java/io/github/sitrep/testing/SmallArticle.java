package io.github.sitrep.testing;

import static io.github.sitrep.testing.Texts.mention;
import static io.github.sitrep.testing.Texts.span;

import io.github.sitrep.model.Actor;
import io.github.sitrep.model.ActorKind;
import io.github.sitrep.model.Article;
import io.github.sitrep.model.CasualtyCount;
import io.github.sitrep.model.CountQualifier;
import io.github.sitrep.model.Dateline;
import io.github.sitrep.model.DatePrecision;
import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.EventStatus;
import io.github.sitrep.model.EventType;
import io.github.sitrep.model.Force;
import io.github.sitrep.model.ForceKind;
import io.github.sitrep.model.Participant;
import io.github.sitrep.model.ParticipantRole;
import io.github.sitrep.model.Place;
import io.github.sitrep.model.PlaceKind;
import io.github.sitrep.model.Span;
import io.github.sitrep.model.Statement;
import io.github.sitrep.model.StatementMode;
import io.github.sitrep.model.TimeExpression;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A small, invented article in the genre, built by hand with every kind of object and
 * reference: the core tests' fixture. It validates clean.
 */
public final class SmallArticle {

  /** The text; the places, groups and people in it are invented. */
  public static final String TEXT = "Army and hill brigade agree truce near Karvan\n"
      + "\n"
      + "KARVAN, Eastern Province — Commanders of the Northern Army and the Free Hills Brigade "
      + "(FHB) agreed on Tuesday to halt fighting around Karvan, a provincial spokesman said.\n"
      + "\n"
      + "\"We will hold our positions,\" said Col. Amir Dost of the Northern Army. The FHB is "
      + "part of the Hills Alliance.\n"
      + "\n"
      + "Two fighters were killed when the brigade withdrew from the Tamar crossing on Monday, "
      + "the spokesman told Radio Karvan.\n";

  /** The publication date: a Wednesday. */
  public static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 8);

  private SmallArticle() {}

  /** @return the article */
  public static Article build() {
    String t = TEXT;
    return Article.builder()
        .id("small-1")
        .text(t)
        .headline(mention(t, "Army and hill brigade agree truce near Karvan"))
        .dateline(Dateline.builder().raw(mention(t, "KARVAN, Eastern Province —"))
            .place(EntityRef.place("karvan")).build())
        .published(PUBLISHED)
        .source("Invented Wire")
        .addParagraph(paragraph(t, "KARVAN", "said.\n"))
        .addParagraph(paragraph(t, "\"We will", "Alliance.\n"))
        .addParagraph(paragraph(t, "Two fighters", "Karvan.\n"))
        .addActor(Actor.builder().id("amir-dost").kind(ActorKind.PERSON).name("Amir Dost")
            .addTitle("Col.").affiliation(EntityRef.force("northern-army"))
            .addMention(mention(t, "Amir Dost")).build())
        .addActor(Actor.builder().id("radio-karvan").kind(ActorKind.ORGANISATION)
            .name("Radio Karvan").addMention(mention(t, "Radio Karvan")).build())
        .addForce(Force.builder().id("northern-army").kind(ForceKind.STATE).name("Northern Army")
            .addMention(mention(t, "Northern Army", 1)).addMention(mention(t, "Northern Army", 2))
            .build())
        .addForce(Force.builder().id("fhb").kind(ForceKind.NON_STATE).name("Free Hills Brigade")
            .acronym("FHB").addAlias("FHB").partOf(EntityRef.force("hills-alliance"))
            .addMention(mention(t, "Free Hills Brigade")).addMention(mention(t, "FHB", 1))
            .addMention(mention(t, "FHB", 2)).build())
        .addForce(Force.builder().id("hills-alliance").kind(ForceKind.COALITION)
            .name("Hills Alliance").addMention(mention(t, "Hills Alliance")).build())
        .addPlace(Place.builder().id("eastern-province").kind(PlaceKind.PROVINCE)
            .name("Eastern Province").addMention(mention(t, "Eastern Province")).build())
        .addPlace(Place.builder().id("karvan").kind(PlaceKind.CITY).name("Karvan")
            .parent(EntityRef.place("eastern-province"))
            .addMention(mention(t, "KARVAN")).addMention(mention(t, "Karvan", 2)).build())
        .addPlace(Place.builder().id("tamar-crossing").kind(PlaceKind.CROSSING)
            .name("Tamar crossing").parent(EntityRef.place("eastern-province"))
            .addMention(mention(t, "Tamar crossing")).build())
        .addStatement(Statement.builder().id("s1").speakerUnknown(true)
            .speakerMention(mention(t, "a provincial spokesman"))
            .content(mention(t, "Commanders of the Northern Army and the Free Hills Brigade "
                + "(FHB) agreed on Tuesday to halt fighting around Karvan"))
            .mode(StatementMode.INDIRECT).cue(mention(t, "said", 1)).build())
        .addStatement(Statement.builder().id("s2").speaker(EntityRef.actor("amir-dost"))
            .speakerMention(mention(t, "Col. Amir Dost of the Northern Army"))
            .content(mention(t, "We will hold our positions,"))
            .mode(StatementMode.DIRECT).cue(mention(t, "said", 2)).build())
        .addStatement(Statement.builder().id("s3").speakerUnknown(true)
            .speakerMention(mention(t, "the spokesman"))
            .content(mention(t, "Two fighters were killed when the brigade withdrew from the "
                + "Tamar crossing on Monday"))
            .mode(StatementMode.INDIRECT).cue(mention(t, "told"))
            .addressee(EntityRef.actor("radio-karvan"))
            .addresseeMention(mention(t, "Radio Karvan")).build())
        .addEvent(Event.builder().id("e1").type(EventType.AGREE).status(EventStatus.HAPPENED)
            .trigger(mention(t, "agreed"))
            .addParticipant(Participant.builder().entity(EntityRef.force("northern-army"))
                .role(ParticipantRole.AGENT).mention(mention(t, "Northern Army")).build())
            .addParticipant(Participant.of(EntityRef.force("fhb"), ParticipantRole.AGENT))
            .place(EntityRef.place("karvan"))
            .date(day(t, "on Tuesday", LocalDate.of(2023, 3, 7), DayOfWeek.TUESDAY))
            .statement("s1")
            .sentence(paragraph(t, "KARVAN", "said."))
            .build())
        .addEvent(Event.builder().id("e2").type(EventType.WITHDRAW).status(EventStatus.CLAIMED)
            .trigger(mention(t, "withdrew"))
            .addParticipant(Participant.of(EntityRef.force("fhb"), ParticipantRole.AGENT))
            .addParticipant(Participant.of(EntityRef.place("tamar-crossing"), ParticipantRole.OTHER))
            .place(EntityRef.place("tamar-crossing"))
            .date(day(t, "on Monday", LocalDate.of(2023, 3, 6), DayOfWeek.MONDAY))
            .fatalities(CasualtyCount.builder().count(2).qualifier(CountQualifier.EXACT)
                .mention(mention(t, "Two fighters")).build())
            .statement("s3")
            .build())
        .build();
  }

  private static Span paragraph(String text, String first, String last) {
    int start = span(text, first, 1).getStart();
    return Span.of(start, text.indexOf(last, start) + last.length());
  }

  private static TimeExpression day(String text, String words, LocalDate day, DayOfWeek weekday) {
    return TimeExpression.builder().text(words).span(Optional.of(span(text, words, 1)))
        .precision(DatePrecision.DAY).earliest(day).latest(day).weekday(weekday).build();
  }
}
