package io.github.sitrep.parser.internal.event;

import io.github.sitrep.model.EventType;
import io.github.sitrep.parser.internal.discourse.Discourse;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Merges drafts that tell of one event: a killing told with the attack that caused it ("an
 * airstrike killed 11"), two triggers of one type in one sentence, and a definite noun that
 * refers to an event told just before or just after ("The meeting was attended by ...", then
 * "both sides shook hands in Deir ez-Zor").
 */
final class EventMerger {

  private static final int BACK = 3;
  private static final int FORWARD = 2;
  private static final int NEAR = 20;
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
  private static final Set<String> DISTINCT = Set.of("another", "separate", "second", "new",
      "fresh", "latest", "other", "earlier", "previous", "third", "first", "further", "more",
      "similar");

  private EventMerger() {}

  static void merge(Discourse d, List<EventDraft> drafts) {
    for (int i = 0; i < drafts.size(); i++) {
      EventDraft e = drafts.get(i);
      for (int j = i - 1; j >= Math.max(0, i - NEAR) && drafts.get(j).sentence == e.sentence && !e.merged;
          j--) {
        EventDraft o = drafts.get(j);
        if (!o.merged && sameContext(o, e) && (o.type == e.type || killedBy(e, o))) {
          o.absorb(e);
        } else if (!o.merged && sameContext(o, e) && killedBy(o, e)) {
          e.absorb(o);
        }
      }
    }
    for (int i = 0; i < drafts.size(); i++) {
      EventDraft e = drafts.get(i);
      if (!e.merged && e.noun && definite(d, e.from)) {
        corefer(drafts, i);
      }
    }
  }

  private static boolean killedBy(EventDraft kill, EventDraft violent) {
    return kill.type == EventType.KILL && Roles.VIOLENT.contains(violent.type);
  }

  private static boolean sameContext(EventDraft a, EventDraft b) {
    return Objects.equals(a.statement, b.statement) && a.status == b.status;
  }

  private static void corefer(List<EventDraft> drafts, int i) {
    EventDraft e = drafts.get(i);
    for (int j = i - 1; j >= Math.max(0, i - NEAR) && e.sentence - drafts.get(j).sentence <= BACK;
        j--) {
      EventDraft o = drafts.get(j);
      if (!o.merged && o.type == e.type && compatible(o, e)) {
        o.absorb(e);
        return;
      }
    }
    for (int j = i + 1; j < Math.min(drafts.size(), i + NEAR)
        && drafts.get(j).sentence - e.sentence <= FORWARD; j++) {
      EventDraft o = drafts.get(j);
      if (!o.merged && o.type == e.type && compatible(o, e)) {
        e.absorb(o);
        return;
      }
    }
  }

  private static boolean compatible(EventDraft a, EventDraft b) {
    return (a.place == null || b.place == null || a.place.equals(b.place))
        && (a.date == null || b.date == null || a.date.getEarliest().equals(b.date.getEarliest()));
  }

  private static boolean definite(Discourse d, int from) {
    for (int k = from - 1; k >= from - 3 && k >= 0; k--) {
      String w = d.norm(k);
      if (DISTINCT.contains(w)) {
        return false;
      }
      if (DEFINITE.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
