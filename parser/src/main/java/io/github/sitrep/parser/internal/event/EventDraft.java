package io.github.sitrep.parser.internal.event;

import io.github.sitrep.model.CasualtyCount;
import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.EventStatus;
import io.github.sitrep.model.EventType;
import io.github.sitrep.model.Mention;
import io.github.sitrep.model.Participant;
import io.github.sitrep.model.ParticipantRole;
import io.github.sitrep.model.TimeExpression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An event being put together. Mutable; lives inside one call of the recogniser. */
final class EventDraft {

  final EventType type;
  final int from;
  final int to;
  final int sentence;
  final boolean noun;
  EventStatus status;
  String statement;
  EntityRef place;
  TimeExpression date;
  CasualtyCount fatalities;
  CasualtyCount injuries;
  boolean merged;
  private final Map<EntityRef, Participant> participants = new LinkedHashMap<>();

  EventDraft(EventType type, int from, int to, int sentence, boolean noun) {
    this.type = type;
    this.from = from;
    this.to = to;
    this.sentence = sentence;
    this.noun = noun;
  }

  /** Adds a participant unless the entity already takes part. */
  void add(EntityRef ref, ParticipantRole role, Mention mention) {
    participants.putIfAbsent(ref,
        Participant.builder().entity(ref).role(role).mention(mention).build());
  }

  List<Participant> participants() {
    return new ArrayList<>(participants.values());
  }

  boolean has(EntityRef ref) {
    return participants.containsKey(ref);
  }

  List<EntityRef> agents() {
    List<EntityRef> out = new ArrayList<>();
    participants.values().forEach(p -> {
      if (p.getRole() == ParticipantRole.AGENT) {
        out.add(p.getEntity());
      }
    });
    return out;
  }

  /** Takes in what another draft of the same event knows, keeping what this one knows. */
  void absorb(EventDraft other) {
    other.participants().forEach(p -> participants.putIfAbsent(p.getEntity(), p));
    place = place != null ? place : other.place;
    date = date != null ? date : other.date;
    fatalities = fatalities != null ? fatalities : other.fatalities;
    injuries = injuries != null ? injuries : other.injuries;
    if (status == EventStatus.CLAIMED && other.status == EventStatus.HAPPENED) {
      status = EventStatus.HAPPENED;
      statement = null;
    }
    other.merged = true;
  }
}
