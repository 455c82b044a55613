package io.github.sitrep.parser.internal.event;

import io.github.sitrep.model.Event;
import io.github.sitrep.parser.internal.discourse.Discourse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Turns the drafts left after merging into events, in text order, with ids e1, e2, .... */
final class EventAssembler {

  private EventAssembler() {}

  static List<Event> assemble(Discourse d, List<EventDraft> drafts) {
    List<EventDraft> kept = new ArrayList<>();
    for (EventDraft e : drafts) {
      if (!e.merged && !bare(e)) {
        kept.add(e);
      }
    }
    kept.sort(Comparator.comparingInt((EventDraft e) -> e.from));
    List<Event> out = new ArrayList<>(kept.size());
    for (EventDraft e : kept) {
      out.add(build(d, e, "e" + (out.size() + 1)));
    }
    return out;
  }

  /**
   * An event tied to no participant, place or date is a generic mention ("attacks have
   * increased"), not an event; what did not happen is kept ("no group claimed
   * responsibility").
   */
  private static boolean bare(EventDraft e) {
    return e.participants().isEmpty() && e.place == null && e.date == null
        && e.status != io.github.sitrep.model.EventStatus.NEGATED;
  }

  private static Event build(Discourse d, EventDraft e, String id) {
    return Event.builder()
        .id(id)
        .type(e.type)
        .status(e.status)
        .trigger(d.span(e.from, e.to))
        .participants(e.participants())
        .place(Optional.ofNullable(e.place))
        .date(Optional.ofNullable(e.date))
        .fatalities(Optional.ofNullable(e.fatalities))
        .injuries(Optional.ofNullable(e.injuries))
        .statement(Optional.ofNullable(e.statement))
        .sentence(e.sentence >= 0 ? Optional.of(d.sentence(e.sentence)) : Optional.empty())
        .build();
  }
}
