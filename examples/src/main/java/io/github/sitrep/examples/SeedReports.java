package io.github.sitrep.examples;

import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.EventStatus;
import io.github.sitrep.model.EventType;
import io.github.sitrep.model.ImmutableEvent;
import io.github.sitrep.model.ImmutableStatement;
import io.github.sitrep.model.Participant;
import io.github.sitrep.model.ParticipantRole;
import io.github.sitrep.model.Statement;
import io.github.sitrep.model.StatementMode;
import io.github.sitrep.model.TimeExpression;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

/** The statements and events of the seed article, built by hand. */
final class SeedReports {

  private static final EntityRef COALITION = EntityRef.force("coalition");
  private static final EntityRef ISF = EntityRef.force("isf");
  private static final EntityRef SDF = EntityRef.force("sdf");
  private static final EntityRef ISIS = EntityRef.force("isis");
  private static final EntityRef FUNK = EntityRef.actor("paul-e-funk-ii");
  private static final EntityRef ASSAD = EntityRef.actor("bashar-al-assad");
  private static final EntityRef PUTIN = EntityRef.actor("vladimir-putin");

  private final TextFinder f;

  SeedReports(TextFinder finder) {
    this.f = finder;
  }

  List<Statement> statements() {
    return List.of(
        said("s1", COALITION, StatementMode.DIRECT, "important moment", "history.")
            .speakerMention(f.mention("US-led international coalition to defeat ISIS"))
            .cue(f.mention("is calling")).build(),
        said("s2", SDF, StatementMode.INDIRECT, "The two sides", "ensure border security")
            .speakerMention(f.mention("SDF Press statement")).cue(f.mention("revealed"))
            .date(weekday("on Sunday", 1, LocalDate.of(2017, 12, 10))).build(),
        said("s3", COALITION, StatementMode.MIXED, "both sides", "security across Iraq")
            .speakerMention(f.mention("The coalition's press office")).cue(f.mention("told"))
            .addressee(EntityRef.actor("rudaw-english")).addresseeMention(f.mention("Rudaw English"))
            .build(),
        said("s4", COALITION, StatementMode.DIRECT, "This is an important", "history...")
            .speakerMention(f.mention("the coalition", 1)).cue(f.mention("said", 1)).build(),
        said("s5", COALITION, StatementMode.DIRECT, "[Iraqi and Syrian", "on the run.")
            .speakerMention(f.mention("the coalition", 1)).cue(f.mention("said", 1)).build(),
        said("s6", COALITION, StatementMode.DIRECT, "A secure international border", "battlefield,")
            .speakerMention(f.mention("the coalition", 2)).cue(f.mention("said", 2)).build(),
        said("s7", FUNK, StatementMode.DIRECT, "While there is still", "defeat of Daesh,")
            .speakerMention(f.mention("Lt. Gen. Paul E. Funk II")).cue(f.mention("said", 3)).build(),
        said("s8", FUNK, StatementMode.DIRECT, "I'm immensely proud", "one of you...")
            .speakerMention(f.mention("Lt. Gen. Paul E. Funk II")).cue(f.mention("said", 3)).build(),
        said("s9", EntityRef.force("ypg"), StatementMode.INDIRECT, "their military defeat", "December 3")
            .speakerMention(f.mention("The People's Protection Units (YPG)"))
            .cue(f.mention("announced", 1))
            .date(monthDay("on December 3", LocalDate.of(2017, 12, 3))).build(),
        said("s10", EntityRef.actor("war-media-cell"), StatementMode.INDIRECT, "full control",
            "north of the Euphrates").speakerMention(f.mention("They")).cue(f.mention("announced", 2))
            .build(),
        said("s11", EntityRef.actor("haider-al-abadi"), StatementMode.DIRECT, "the war against",
            "is now over").speakerMention(f.mention("Iraqi Prime Minister Haider al-Abadi"))
            .cue(f.mention("proclaimed", 1))
            .date(weekday("on Saturday", 2, LocalDate.of(2017, 12, 9))).build(),
        said("s12", ASSAD, StatementMode.INDIRECT, "a victory over ISIS", "ISIS")
            .speakerMention(f.mention("Russian-backed Syrian President Bashar al-Assad"))
            .cue(f.mention("proclaimed", 2))
            .date(monthDay("on November 21", LocalDate.of(2017, 11, 21))).build(),
        said("s13", PUTIN, StatementMode.DIRECT, "the start of the withdrawal", "from Syria,")
            .speakerMention(f.mention("Putin", 2)).cue(f.mention("announced", 3)).build());
  }

  List<Event> events() {
    return List.of(
        event("e1", EventType.AGREE, EventStatus.HAPPENED, "agreed", "Leaders from", "history.\"")
            .addParticipant(agent(ISF)).addParticipant(agent(SDF)).build(),
        event("e2", EventType.FORM, EventStatus.INTENDED, "form", "The two sides", "on Sunday.")
            .addParticipant(agent(ISF)).addParticipant(agent(SDF)).statement("s2").build(),
        event("e3", EventType.MEET, EventStatus.HAPPENED, "meeting", "The meeting", "Ankizk Khan.")
            .addParticipant(agent(EntityRef.actor("qasim-mohammed-saleh")))
            .addParticipant(agent(EntityRef.actor("abdul-hussein")))
            .addParticipant(agent(EntityRef.actor("hassan-qamishlu")))
            .addParticipant(agent(EntityRef.actor("ankizk-khan")))
            .addParticipant(agent(ISF)).addParticipant(agent(SDF))
            .place(EntityRef.place("deir-ez-zor")).build(),
        event("e4", EventType.PROCLAIM, EventStatus.HAPPENED, "announced",
            1, "The People's Protection", "December 3.")
            .addParticipant(agent(EntityRef.force("ypg"))).addParticipant(target(ISIS))
            .place(EntityRef.place("deir-ez-zor-province"))
            .date(monthDay("on December 3", LocalDate.of(2017, 12, 3))).statement("s9").build(),
        event("e5", EventType.RAISE_FLAG, EventStatus.HAPPENED, "raising a flag", "Iraq's War",
            "border post.").addParticipant(agent(ISF, "Iraqi forces")).build(),
        event("e6", EventType.CAPTURE, EventStatus.CLAIMED, "full control", "They also",
            "Euphrates.").addParticipant(agent(ISF)).statement("s10").build(),
        event("e7", EventType.PROCLAIM, EventStatus.HAPPENED, "proclaimed", 1, "Iraqi Prime",
            "on Saturday.").addParticipant(agent(EntityRef.actor("haider-al-abadi")))
            .addParticipant(target(ISIS))
            .date(weekday("on Saturday", 2, LocalDate.of(2017, 12, 9))).statement("s11").build(),
        event("e8", EventType.PROCLAIM, EventStatus.HAPPENED, "proclaimed", 2, "South of",
            "November 21.").addParticipant(agent(ASSAD)).addParticipant(target(ISIS))
            .place(EntityRef.place("syria"))
            .date(monthDay("on November 21", LocalDate.of(2017, 11, 21))).statement("s12").build(),
        event("e9", EventType.MEET, EventStatus.HAPPENED, "met", "Russian President",
            "state news.").addParticipant(agent(PUTIN, "Vladimir Putin"))
            .addParticipant(Participant.builder().entity(ASSAD).role(ParticipantRole.OTHER)
                .mention(f.mention("Assad", 2)).build())
            .place(EntityRef.place("syria"))
            .date(weekday("on Monday", 2, LocalDate.of(2017, 12, 11))).build(),
        event("e10", EventType.WITHDRAW, EventStatus.CLAIMED, "withdrawal", "Russian President",
            "state news.").addParticipant(agent(EntityRef.force("russian-troops"), "Russian troops"))
            .addParticipant(Participant.of(PUTIN, ParticipantRole.OTHER))
            .place(EntityRef.place("syria")).statement("s13").build());
  }

  private ImmutableStatement.Builder said(String id, EntityRef speaker, StatementMode mode,
      String first, String last) {
    return Statement.builder().id(id).speaker(speaker).mode(mode).content(f.mention(first, last));
  }

  private ImmutableEvent.Builder event(String id, EventType type, EventStatus status,
      String trigger, String sentenceStart, String sentenceEnd) {
    return event(id, type, status, trigger, 1, sentenceStart, sentenceEnd);
  }

  private ImmutableEvent.Builder event(String id, EventType type, EventStatus status,
      String trigger, int occurrence, String sentenceStart, String sentenceEnd) {
    return Event.builder().id(id).type(type).status(status)
        .trigger(f.mention(trigger, occurrence)).sentence(f.span(sentenceStart, sentenceEnd));
  }

  private static Participant agent(EntityRef entity) {
    return Participant.of(entity, ParticipantRole.AGENT);
  }

  private Participant agent(EntityRef entity, String words) {
    return Participant.builder().entity(entity).role(ParticipantRole.AGENT)
        .mention(f.mention(words)).build();
  }

  private static Participant target(EntityRef entity) {
    return Participant.of(entity, ParticipantRole.TARGET);
  }

  private TimeExpression weekday(String words, int occurrence, LocalDate day) {
    return TimeExpression.builder().from(f.day(words, occurrence, day))
        .weekday(DayOfWeek.from(day)).build();
  }

  private TimeExpression monthDay(String words, LocalDate day) {
    return TimeExpression.builder().from(f.day(words, 1, day))
        .month(Month.from(day)).dayOfMonth(day.getDayOfMonth()).build();
  }
}
