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
  /** The statement the event is told in, unless that trails narration. */
  Claims.Claim claim;
  /** Whether the place is a whole country, to be replaced by a finer one on merging. */
  boolean placeIsCoarse;
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
    participants.putIfAbsent(ref, Participant.builder().entity(ref).role(role)
        .mention(java.util.Optional.ofNullable(mention)).build());
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
    absorb(other, false);
  }

  /**
   * Takes in what another draft of the same event knows.
   *
   * @param other the other draft
   * @param finer whether the other's place lies inside this one's
   */
  void absorb(EventDraft other, boolean finer) {
    if (finer && other.place != null && (other.claim == null || claim != null)) {
      place = other.place;
      placeIsCoarse = other.placeIsCoarse;
    }
    other.participants().forEach(p -> participants.putIfAbsent(p.getEntity(), p));
    place = place == null || (placeIsCoarse && other.place != null) ? other.place : place;
    placeIsCoarse = place == other.place ? other.placeIsCoarse : placeIsCoarse;
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
