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

  private static final int BACK = 10;
  private static final int FORWARD = 2;
  private static final int NEAR = 20;
  private static final Set<String> PASSIVE = Set.of("was", "were");
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
        if (o.merged || !sameContext(o, e)) {
          continue;
        }
        if (circumstance(d, o, e)) {
          o.absorb(e);
        } else if (o.type == e.type || killedBy(d, e, o) || family(o, e) && e.from - o.to <= 5) {
          o.absorb(e);
        } else if (killedBy(d, o, e)) {
          e.absorb(o);
        }
      }
    }
    for (int i = 0; i < drafts.size(); i++) {
      EventDraft e = drafts.get(i);
      if (!e.merged && (e.noun ? definite(d, e.from) : definiteSubject(d, e.from))) {
        corefer(d, drafts, i);
      }
    }
    for (int i = 0; i < drafts.size(); i++) {
      EventDraft e = drafts.get(i);
      if (!e.merged && e.participants().isEmpty() && (e.place != null || e.date != null)) {
        namedLater(d, drafts, i);
      }
    }
  }

  /**
   * A lead that leaves the sides unnamed ("Fighting between two armed groups erupted in
   * Tripoli") and a later sentence that names them ("The SSA and the Nawasi Brigade fought
   * ...") tell one event.
   */
  private static void namedLater(Discourse d, List<EventDraft> drafts, int i) {
    EventDraft e = drafts.get(i);
    for (int j = i + 1; j < Math.min(drafts.size(), i + NEAR)
        && drafts.get(j).sentence - e.sentence <= BACK; j++) {
      EventDraft o = drafts.get(j);
      if (!o.merged && o.type == e.type && !o.participants().isEmpty() && compatible(d, e, o)
          && !distinct(d, o.from)) {
        e.absorb(o, finer(d, o, e));
        return;
      }
    }
  }

  private static boolean distinct(Discourse d, int from) {
    for (int k = from - 1; k >= from - 3 && k >= 0; k--) {
      if (DISTINCT.contains(d.norm(k))) {
        return true;
      }
    }
    return false;
  }

  /** Air strikes and shelling, or bombings of both kinds, told side by side. */
  private static boolean family(EventDraft a, EventDraft b) {
    return remote(a.type) && remote(b.type) || explosive(a.type) && explosive(b.type);
  }

  private static boolean remote(EventType t) {
    return t == EventType.AIRSTRIKE || t == EventType.SHELLING;
  }

  private static boolean explosive(EventType t) {
    return t == EventType.BOMBING || t == EventType.SUICIDE_BOMBING;
  }

  /** "Four militants were killed in a raid": the raid is the killing's circumstance. */
  private static boolean circumstance(Discourse d, EventDraft kill, EventDraft violent) {
    boolean generic = violent.type == EventType.ATTACK || violent.type == EventType.CLASH;
    if (kill.type != EventType.KILL || !generic || !violent.noun || violent.from < kill.from) {
      return false;
    }
    for (int k = violent.from - 1; k >= violent.from - 3 && k > kill.to - 1; k--) {
      String w = d.norm(k);
      if (w.equals("in") || w.equals("during")) {
        return true;
      }
      if (!d.token(k).isWord()) {
        return false;
      }
    }
    return false;
  }

  /**
   * A killing is told with the attack that caused it ("an airstrike killed 11", "attacked the
   * post, killing 11"); a fight's dead are an event of their own unless the killing is the
   * fight's participle ("fighting erupted, killing six").
   */
  private static boolean killedBy(Discourse d, EventDraft kill, EventDraft violent) {
    if (kill.type != EventType.KILL || !Roles.VIOLENT.contains(violent.type)) {
      return false;
    }
    return violent.type != EventType.CLASH || d.norm(kill.from).endsWith("ing");
  }

  private static boolean sameContext(EventDraft a, EventDraft b) {
    return Objects.equals(a.statement, b.statement) && a.status == b.status;
  }

  private static void corefer(Discourse d, List<EventDraft> drafts, int i) {
    EventDraft e = drafts.get(i);
    for (int j = i - 1; j >= Math.max(0, i - NEAR) && e.sentence - drafts.get(j).sentence <= BACK;
        j--) {
      EventDraft o = drafts.get(j);
      if (!o.merged && refersTo(e.type, o.type) && compatible(d, o, e)) {
        o.absorb(e, finer(d, e, o));
        return;
      }
    }
    for (int j = i + 1; j < Math.min(drafts.size(), i + NEAR)
        && drafts.get(j).sentence - e.sentence <= FORWARD; j++) {
      EventDraft o = drafts.get(j);
      if (!o.merged && o.type == e.type && compatible(d, o, e)) {
        e.absorb(o, finer(d, o, e));
        return;
      }
    }
  }

  private static boolean compatible(Discourse d, EventDraft a, EventDraft b) {
    boolean place = a.place == null || b.place == null || a.place.equals(b.place)
        || d.placeLevel(a.place) != d.placeLevel(b.place) || d.within(a.place, b.place)
        || d.within(b.place, a.place);
    return place && overlap(a, b);
  }

  private static boolean overlap(EventDraft a, EventDraft b) {
    if (a.date == null || b.date == null || a.date.getEarliest().isEmpty()
        || b.date.getEarliest().isEmpty()) {
      return true;
    }
    return !a.date.getEarliest().get().isAfter(b.date.getLatest().get())
        && !b.date.getEarliest().get().isAfter(a.date.getLatest().get());
  }

  /**
   * Whether a definite noun of one type may name an event told with another: "the attack"
   * names any violent event, "the blast" a bombing, "the strike" an air strike or shelling.
   */
  private static boolean refersTo(EventType noun, EventType earlier) {
    if (noun == earlier) {
      return true;
    }
    return switch (noun) {
      case ATTACK -> Roles.VIOLENT.contains(earlier);
      case BOMBING -> earlier == EventType.SUICIDE_BOMBING;
      case SHELLING, AIRSTRIKE -> earlier == EventType.SHELLING || earlier == EventType.AIRSTRIKE;
      default -> false;
    };
  }

  /** Whether a's place lies inside b's, or is of a finer kind. */
  private static boolean finer(Discourse d, EventDraft a, EventDraft b) {
    return a.place != null && b.place != null && (d.within(a.place, b.place)
        || d.placeLevel(a.place) > d.placeLevel(b.place));
  }

  /**
   * "The patrol was attacked", "The bomber detonated ...": a verb whose subject is a definite
   * phrase that names no entity.
   */
  private static boolean definiteSubject(Discourse d, int from) {
    int k = PASSIVE.contains(d.norm(from - 1)) ? from - 1 : from;
    if (d.mentionAt(k - 1) >= 0) {
      return false;
    }
    for (int j = k - 1; j >= k - 3 && j >= 0; j--) {
      if (DEFINITE.contains(d.norm(j))) {
        return d.sentenceOf(j) == d.sentenceOf(from) && d.sentenceFrom(d.sentenceOf(j)) >= j - 1;
      }
      if (DISTINCT.contains(d.norm(j)) || !d.token(j).isWord()) {
        return false;
      }
    }
    return false;
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
