package io.github.sitrep.parser.internal.event;

import io.github.sitrep.model.EventType;
import io.github.sitrep.parser.internal.discourse.Discourse;
import java.util.Set;

/**
 * An attack whose object is unarmed people or civilian places ("attacked the village of
 * Chai", "targeted a market") is an attack on civilians.
 */
final class Civilians {

  private static final int WINDOW = 5;
  private static final Set<String> TARGETS = Set.of("civilians", "civilian", "villagers",
      "residents", "village", "villages", "market", "marketplace", "hospital", "clinic", "school",
      "mosque", "church", "worshippers", "passengers", "bus", "farmers", "displaced", "refugees",
      "homes", "wedding", "funeral", "children", "women", "shoppers", "pilgrims");

  private static final Set<String> STOPS = Set.of("near", "in", "at", "outside", "on", "of",
      "from", "with", "by", "and", "after", "before", "during", "when");

  private Civilians() {}

  static EventType refine(Discourse d, EventType type, int after) {
    if (type != EventType.ATTACK) {
      return type;
    }
    int end = Math.min(d.clauseEnd(after - 1), after + WINDOW);
    for (int t = after; t < end; t++) {
      if (TARGETS.contains(d.norm(t)) && d.mentionAt(t) < 0) {
        return EventType.ATTACK_CIVILIANS;
      }
      if (!d.token(t).isWord() || STOPS.contains(d.norm(t))) {
        break;
      }
    }
    return type;
  }
}
