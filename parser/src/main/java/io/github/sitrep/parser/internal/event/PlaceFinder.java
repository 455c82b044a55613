package io.github.sitrep.parser.internal.event;

import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.EventType;
import io.github.sitrep.parser.internal.discourse.Discourse;
import io.github.sitrep.parser.internal.discourse.EntityClass;
import java.util.Map;
import java.util.Set;

/**
 * Finds where an event happened: a place named after a locative preposition ("in northern
 * Deir ez-Zor province", "at an air base in northwestern Syria"), first in the trigger's
 * clause, then in its sentence, in the same voice (narration or one quotation); a place right
 * after a capture or attack trigger ("captured the town of X"); "from X" for withdrawals and
 * "to X" for deployments. Nearest after the trigger wins, then nearest before.
 */
final class PlaceFinder {

  private static final int GAP = 6;
  private static final int SCAN = 200;
  private static final Map<String, Integer> RANK = Map.ofEntries(Map.entry("in", 1),
      Map.entry("at", 1), Map.entry("near", 1), Map.entry("inside", 1), Map.entry("outside", 1),
      Map.entry("around", 1), Map.entry("across", 1), Map.entry("into", 1),
      Map.entry("within", 1), Map.entry("throughout", 1), Map.entry("towards", 2),
      Map.entry("toward", 2), Map.entry("from", 2), Map.entry("to", 2), Map.entry("on", 3));
  private static final Set<EventType> DIRECT = Set.of(EventType.CAPTURE, EventType.ATTACK,
      EventType.ATTACK_CIVILIANS,
      EventType.AIRSTRIKE, EventType.SHELLING, EventType.BOMBING);
  private static final Set<String> OBJECT_FILLERS = Set.of("the", "a", "an", "town", "city",
      "village", "villages", "towns", "cities", "district", "province", "region", "area", "of",
      "key", "strategic", "northern", "southern", "eastern", "western", "border", "capital",
      "port", "oil", "rebel-held", "nearby", "central");
  private static final Set<String> COMPASS = Set.of("north", "south", "east", "west",
      "northeast", "northwest", "southeast", "southwest", "outskirts");
  private static final Set<String> ATTACK_NOUNS = Set.of("attack", "attacks", "bombing",
      "strike", "strikes", "raid", "ambush", "blast", "assault", "massacre", "offensive");
  private static final Set<String> GAP_STOP = Set.of(",", ".", ";", ":", "(", ")", "and",
      "what", "which", "where", "who", "that");

  private PlaceFinder() {}

  static EntityRef place(Discourse d, EventDraft e) {
    if (DIRECT.contains(e.type)) {
      int t = e.to;
      while (t < e.to + 4 && OBJECT_FILLERS.contains(d.norm(t))) {
        t++;
      }
      int m = d.mentionAt(t);
      if (m >= 0 && d.mentionFrom(m) == t && d.classOf(m) == EntityClass.PLACE
          && d.voiceAt(t) == d.voiceAt(e.from)) {
        return d.refOf(m);
      }
    }
    int before = prenominal(d, e);
    if (before >= 0) {
      return d.refOf(before);
    }
    int found = best(d, e, d.clauseStart(e.from), d.clauseEnd(e.from));
    if (found < 0) {
      int s = e.sentence;
      found = best(d, e, d.sentenceFrom(s), d.sentenceTo(s));
    }
    return found >= 0 ? d.refOf(found) : null;
  }

  private static int best(Discourse d, EventDraft e, int from, int to) {
    int best = -1;
    long bestScore = Long.MAX_VALUE;
    int voice = d.voiceAt(e.from);
    for (int t = Math.max(from, e.from - SCAN); t < to && t < e.to + SCAN; t++) {
      Integer rank = RANK.get(d.norm(t));
      if (rank == null && d.norm(t).equals("of") && COMPASS.contains(d.norm(t - 1))) {
        rank = 2;
      }
      if (rank == null || !allowed(e.type, d.norm(t))) {
        continue;
      }
      int m = placeWithin(d, t + 1, t + 1 + GAP, voice);
      if (m >= 0) {
        int distance = t >= e.to ? t - e.to : 1000 + e.from - t;
        long score = rank * 100_000L + distance;
        if (score < bestScore) {
          bestScore = score;
          best = m;
        }
      }
    }
    return best;
  }

  /**
   * A place named just before an attack noun: "the Mogadishu bombing", "claimed the Ain
   * al-Asad attack".
   */
  private static int prenominal(Discourse d, EventDraft e) {
    if (e.noun) {
      int m = d.mentionAt(e.from - 1);
      if (m >= 0 && d.classOf(m) == EntityClass.PLACE && !d.norm(e.from - 2).equals("of")) {
        return m;
      }
    }
    for (int t = e.to; t < e.to + 4 && t < d.size(); t++) {
      int m = d.mentionAt(t);
      if (m >= 0 && d.classOf(m) == EntityClass.PLACE && ATTACK_NOUNS.contains(d.norm(d.mentionTo(m)))) {
        return m;
      }
    }
    return -1;
  }

  private static boolean allowed(EventType type, String prep) {
    return switch (prep) {
      case "from" -> type == EventType.WITHDRAW || type == EventType.SHELLING
          || type == EventType.AIRSTRIKE;
      case "to", "towards", "toward" -> type == EventType.DEPLOY;
      default -> true;
    };
  }

  /**
   * "in Mogadishu's Hodan district", "in the Afghan city of Maymana": the place after the
   * possessive or after "city of".
   */
  private static int finerAfterPossessive(Discourse d, int m) {
    int t = d.mentionTo(m);
    if (d.norm(t).equals("'s")) {
      int next = d.mentionAt(t + 1);
      if (next >= 0 && d.classOf(next) == EntityClass.PLACE) {
        return next;
      }
    }
    if (d.norm(t + 1).equals("of") && d.token(t).isWord() && d.mentionAt(t) < 0) {
      int next = d.mentionAt(t + 2);
      if (next >= 0 && d.classOf(next) == EntityClass.PLACE) {
        return next;
      }
    }
    return m;
  }

  /** @return the first place mention starting in from..to before any other entity, or -1 */
  private static int placeWithin(Discourse d, int from, int to, int voice) {
    for (int t = from; t < to && t < d.size(); t++) {
      int m = d.mentionAt(t);
      if (m >= 0) {
        boolean place = d.classOf(m) == EntityClass.PLACE && d.voiceAt(t) == voice;
        return place ? finerAfterPossessive(d, m) : -1;
      }
      if (GAP_STOP.contains(d.norm(t)) || d.token(t).isQuoteMark()) {
        return -1;
      }
    }
    return -1;
  }
}
