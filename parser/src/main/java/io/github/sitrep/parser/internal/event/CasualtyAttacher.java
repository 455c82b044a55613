package io.github.sitrep.parser.internal.event;

import io.github.sitrep.parser.internal.discourse.Discourse;
import java.util.List;

/**
 * Gives each sentence's casualty counts to the event they belong to: the violent event of the
 * sentence nearest the count, else its killing, else the last violent event of the sentence
 * before ("The death toll rose to 30").
 */
final class CasualtyAttacher {

  private CasualtyAttacher() {}

  static void attach(Discourse d, List<EventDraft> drafts) {
    int next = 0;
    EventDraft lastViolent = null;
    for (int s = 0; s < d.sentenceCount(); s++) {
      int first = next;
      while (next < drafts.size() && drafts.get(next).sentence <= s) {
        next++;
      }
      EventDraft target = pick(drafts, first, next);
      if (target == null && lastViolent != null && lastViolent.sentence == s - 1) {
        target = lastViolent;
      }
      if (target != null) {
        give(d, s, target);
        lastViolent = Roles.VIOLENT.contains(target.type) ? target : lastViolent;
      }
    }
  }

  private static EventDraft pick(List<EventDraft> drafts, int from, int to) {
    EventDraft kill = null;
    for (int i = from; i < to; i++) {
      EventDraft e = drafts.get(i);
      if (!e.merged && Roles.VIOLENT.contains(e.type)) {
        return e;
      }
      if (!e.merged && kill == null && e.type == io.github.sitrep.model.EventType.KILL) {
        kill = e;
      }
    }
    return kill;
  }

  private static void give(Discourse d, int s, EventDraft e) {
    List<Casualties.Found> found = Casualties.in(d, s);
    if (e.fatalities == null) {
      e.fatalities = Casualties.first(found, true);
    }
    if (e.injuries == null) {
      e.injuries = Casualties.first(found, false);
    }
  }
}
